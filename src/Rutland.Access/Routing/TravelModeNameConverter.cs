using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rutland.Access.Routing;

/// <summary>A mode in JSON is its registered name (<c>"cycle"</c>), read back through <see cref="ModeRegistry"/>.</summary>
public sealed class TravelModeNameConverter : JsonConverter<TravelMode>
{
    public override TravelMode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return name is not null && ModeRegistry.ByName.TryGetValue(name, out var mode)
            ? mode
            : throw new JsonException($"a mode must be one of {string.Join(", ", ModeRegistry.ByName.Keys)}, not {(name is null ? reader.TokenType.ToString() : $"'{name}'")}");
    }

    public override void Write(Utf8JsonWriter writer, TravelMode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
