using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rutland.Access.Scenarios;

/// <summary>
/// The one JSON form of scenarios, for request bodies and for storage alike: camelCase, modifications keyed by "type",
/// and strict — a missing required field or a null where none is allowed is an error, not a silent default.
/// </summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowOutOfOrderMetadataProperties = true,
        // Enums only by name: "objective": 1 is a mistake, not the second objective.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new HourMinuteJsonConverter() },
    };

    public static string Serialize(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);

    public static Scenario Deserialize(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("a scenario is null");
}
