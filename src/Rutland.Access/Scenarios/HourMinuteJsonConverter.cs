using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Times of day as people write them in scenarios, "08:00" (seconds only when there are any), so that a saved scenario
/// reads back exactly as it was sent. Accepts "HH:mm" and "HH:mm:ss".
/// </summary>
public sealed class HourMinuteJsonConverter : JsonConverter<TimeOnly>
{
    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss"];

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException("a time of day is written \"HH:mm\", e.g. \"08:00\"");
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(value.Second == 0 && value.Millisecond == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture));
}
