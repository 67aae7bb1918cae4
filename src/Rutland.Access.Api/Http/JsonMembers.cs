using System.Text.Json;

namespace Rutland.Access.Api.Http;

/// <summary>Writes an object's serialized members into an object the caller has already opened (GeoJSON properties).</summary>
public static class JsonMembers
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write<T>(Utf8JsonWriter json, T value)
    {
        foreach (var member in JsonSerializer.SerializeToElement(value, Options).EnumerateObject())
            member.WriteTo(json);
    }
}
