using System.Text.Json;
using Rutland.Access.Api.Http;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>CSV and GeoJSON exports of public-transport travel times carry every field of the JSON result, and the date,
/// window and modelled note the JSON answer states once.</summary>
[Collection(ApiCollection.Name)]
public class PtExportTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Query = "/api/v1/travel-times?mode=pt&from=langham,uppingham&to=rmh,melton&arriveBy=2025-09-02T10:00&appointmentMinutes=60";

    private static readonly string[] ContextColumns =
        ["service_date", "window_start", "window_end", "window_minutes", "max_transfers", "max_walk_meters", "timetable_modelled"];

    /// <summary>Leaf fields of a JSON result as CSV column names (nested objects joined with "_").</summary>
    private static IEnumerable<(string Column, JsonElement Value)> Leaves(JsonElement e, string path = "") =>
        e.ValueKind == JsonValueKind.Object
            ? e.EnumerateObject().SelectMany(p => Leaves(p.Value, path.Length == 0 ? TravelTimeCsv.SnakeCase(p.Name) : $"{path}_{TravelTimeCsv.SnakeCase(p.Name)}"))
            : [(path, e)];

    [Fact]
    public async Task CsvHasAColumnForEveryJsonFieldWithTheSameValues()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync(Query)).RootElement;
        var lines = (await _client.GetStringAsync(Query + "&format=csv")).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var results = json.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(results.Length, lines.Length - 1);
        Assert.Contains("appointment_latest_departure", header);
        Assert.Contains("percentiles_p75", header);
        foreach (var c in ContextColumns) Assert.Contains(c, header);

        for (int i = 0; i < results.Length; i++)
        {
            var row = header.Zip(lines[i + 1].Split(',')).ToDictionary(x => x.First, x => x.Second);
            Assert.Equal("true", row["timetable_modelled"]);
            Assert.Equal("2025-09-02", row["service_date"]);
            // Journeys are lists of legs: they stay in JSON and GeoJSON.
            foreach (var (column, value) in Leaves(results[i]).Where(l => l.Column is not ("journey" or "appointment_first_journey_home")))
            {
                Assert.True(row.ContainsKey(column), $"CSV lacks {column}");
                string expected = value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.String => value.GetString()!,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => value.GetRawText(),
                };
                Assert.Equal(expected, row[column]);
            }
        }
    }

    [Fact]
    public async Task GeoJsonPropertiesHoldEveryJsonFieldAndTheWindow()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync(Query)).RootElement;
        var features = JsonDocument.Parse(await _client.GetStringAsync(Query + "&format=geojson")).RootElement.GetProperty("features").EnumerateArray().ToArray();
        var results = json.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(results.Length, features.Length);
        for (int i = 0; i < results.Length; i++)
        {
            var properties = features[i].GetProperty("properties");
            foreach (var field in results[i].EnumerateObject())
                Assert.Equal(field.Value.GetRawText(), properties.GetProperty(field.Name).GetRawText());
            Assert.True(properties.GetProperty("timetableModelled").GetBoolean());
            Assert.Equal(json.GetProperty("window").GetProperty("start").GetString(), properties.GetProperty("windowStart").GetString());
            Assert.Equal(json.GetProperty("window").GetProperty("end").GetString(), properties.GetProperty("windowEnd").GetString());
            Assert.Equal("2025-09-02", properties.GetProperty("serviceDate").GetString());
        }
    }
}
