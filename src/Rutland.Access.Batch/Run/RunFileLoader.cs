using System.Globalization;
using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Places;
using Rutland.Access.Routing;

namespace Rutland.Access.Batch.Run;

/// <summary>
/// Reads a run file (JSON). Every problem names the field; relative paths are taken from the run file's folder.
/// Fields: <c>name</c>, <c>inputs</c>, <c>authored</c>, <c>origins</c> ({<c>types</c>} or {<c>csv</c>}),
/// <c>destinations</c>, <c>modes</c>, <c>windows</c> (required with <c>pt</c>), <c>scenarios</c>, <c>cutoffs</c>.
/// </summary>
public static class RunFileLoader
{
    /// <summary>Longest departure window a run may ask for (the API's own limit).</summary>
    public const int MaxWindowMinutes = PtDefaults.MaxWindowMinutes;
    public const string BaselineScenario = "baseline";
    private static readonly string[] KnownFields = ["name", "inputs", "authored", "origins", "destinations", "modes", "windows", "scenarios", "cutoffs"];

    public static RunDescription Load(string path)
    {
        if (!File.Exists(path)) throw new RunFileException(path, "(file)", "not found");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new RunFileException(path, $"line {ex.LineNumber + 1}", $"invalid JSON: {ex.Message}");
        }
        using (doc) return Parse(path, doc.RootElement);
    }

    private static RunDescription Parse(string path, JsonElement root)
    {
        var fail = (string field, string problem) => new RunFileException(path, field, problem);
        if (root.ValueKind != JsonValueKind.Object) throw fail("(root)", "must be a JSON object");
        foreach (var property in root.EnumerateObject())
            if (!KnownFields.Contains(property.Name))
                throw fail(property.Name, $"unknown field (known: {string.Join(", ", KnownFields)})");
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string? FullPath(string? p) => p is null ? null : Path.GetFullPath(Path.Combine(folder, p));

        string name = RequiredString(root, "name", fail);
        var modes = Array(root, "modes", fail, required: true).Select((m, i) => ParseMode(m, $"modes[{i}]", fail)).ToArray();
        if (modes.Length == 0) throw fail("modes", $"at least one mode is required ({string.Join(", ", ModeRegistry.ByName.Keys)})");
        if (modes.Distinct().Count() != modes.Length) throw fail("modes", "a mode is listed twice");

        var windows = Array(root, "windows", fail, required: false).Select((w, i) => ParseWindow(w, $"windows[{i}]", fail)).ToArray();
        if (modes.Any(m => m.Timetabled) && windows.Length == 0) throw fail("windows", "public transport needs at least one departure window");
        if (!modes.Any(m => m.Timetabled) && windows.Length > 0) throw fail("windows", "departure windows apply to pt only; the other modes are free flow");
        Unique(windows.Select(w => w.Id), "windows", fail);

        var destinations = Array(root, "destinations", fail, required: true).Select((d, i) => StringValue(d, $"destinations[{i}]", fail)).ToArray();
        if (destinations.Length == 0) throw fail("destinations", "at least one destination id is required");
        Unique(destinations, "destinations", fail);

        var scenarios = Array(root, "scenarios", fail, required: false).Select((s, i) => ParseScenario(s, $"scenarios[{i}]", fail)).ToList();
        if (scenarios.Count == 0) scenarios.Add(new Scenario(BaselineScenario, [], []));
        Unique(scenarios.Select(s => s.Id), "scenarios", fail);
        for (int i = 0; i < scenarios.Count; i++)
        {
            foreach (var (removed, j) in scenarios[i].Remove.Select((r, j) => (r, j)))
                if (!destinations.Contains(removed)) throw fail($"scenarios[{i}].remove[{j}]", $"'{removed}' is not one of the run's destinations");
            foreach (var (site, j) in scenarios[i].Add.Select((a, j) => (a, j)))
                if (destinations.Contains(site.Id)) throw fail($"scenarios[{i}].add[{j}].id", $"'{site.Id}' is already one of the run's destinations");
        }
        var addedTwice = scenarios.SelectMany(s => s.Add).GroupBy(a => a.Id).FirstOrDefault(g => g.Distinct().Count() > 1);
        if (addedTwice is not null) throw fail("scenarios", $"site '{addedTwice.Key}' is added at two different places");

        var cutoffs = Array(root, "cutoffs", fail, required: false).Select((c, i) => PositiveInt(c, $"cutoffs[{i}]", fail)).ToArray();
        if (cutoffs.Length == 0) throw fail("cutoffs", "at least one cutoff in minutes is required");
        Unique(cutoffs.Select(c => c.ToString(CultureInfo.InvariantCulture)), "cutoffs", fail);

        return new RunDescription
        {
            Name = name,
            Inputs = FullPath(OptionalString(root, "inputs", fail)),
            Authored = FullPath(OptionalString(root, "authored", fail)),
            Origins = ParseOrigins(root, fail, FullPath),
            Destinations = destinations,
            Modes = modes,
            Windows = windows,
            Scenarios = scenarios,
            CutoffsMinutes = [.. cutoffs.Order()],
        };
    }

    private static OriginSelection ParseOrigins(JsonElement root, Func<string, string, RunFileException> fail, Func<string?, string?> fullPath)
    {
        if (!root.TryGetProperty("origins", out var origins) || origins.ValueKind != JsonValueKind.Object)
            throw fail("origins", "required: {\"types\": [\"lsoa\", ...]} or {\"csv\": \"points.csv\"}");
        bool hasTypes = origins.TryGetProperty("types", out var types), hasCsv = origins.TryGetProperty("csv", out var csv);
        if (hasTypes == hasCsv) throw fail("origins", "give exactly one of 'types' and 'csv'");
        if (hasCsv) return new OriginSelection(null, fullPath(StringValue(csv, "origins.csv", fail)));
        if (types.ValueKind != JsonValueKind.Array || types.GetArrayLength() == 0)
            throw fail("origins.types", "a non-empty list of town, village, hamlet, lsoa");
        var parsed = types.EnumerateArray().Select((t, i) =>
            PlaceTypes.Parse(StringValue(t, $"origins.types[{i}]", fail))
            ?? throw fail($"origins.types[{i}]", $"unknown place type '{t.GetString()}' (town, village, hamlet, lsoa)")).ToArray();
        if (parsed.Distinct().Count() != parsed.Length) throw fail("origins.types", "a type is listed twice");
        return new OriginSelection(parsed, null);
    }

    private static TravelMode ParseMode(JsonElement e, string field, Func<string, string, RunFileException> fail)
    {
        string name = StringValue(e, field, fail);
        return ModeRegistry.ByName.GetValueOrDefault(name)
            ?? throw fail(field, $"unknown mode '{name}' ({string.Join(", ", ModeRegistry.ByName.Keys)})");
    }

    private static DepartureWindow ParseWindow(JsonElement e, string field, Func<string, string, RunFileException> fail)
    {
        if (e.ValueKind != JsonValueKind.Object) throw fail(field, "must be an object {id, date, start, minutes}");
        string id = RequiredString(e, "id", (f, p) => fail($"{field}.{f}", p));
        string dateText = RequiredString(e, "date", (f, p) => fail($"{field}.{f}", p));
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw fail($"{field}.date", $"'{dateText}' is not a date yyyy-MM-dd");
        string startText = RequiredString(e, "start", (f, p) => fail($"{field}.{f}", p));
        if (!TimeOnly.TryParseExact(startText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            throw fail($"{field}.start", $"'{startText}' is not a time HH:mm");
        if (!e.TryGetProperty("minutes", out var m)) throw fail($"{field}.minutes", "required");
        int minutes = PositiveInt(m, $"{field}.minutes", fail);
        if (minutes > MaxWindowMinutes) throw fail($"{field}.minutes", $"{minutes} is longer than {MaxWindowMinutes}; split it into several windows");
        return new DepartureWindow(id, date, start, minutes);
    }

    private static Scenario ParseScenario(JsonElement e, string field, Func<string, string, RunFileException> fail)
    {
        if (e.ValueKind != JsonValueKind.Object) throw fail(field, "must be an object {id, add, remove}");
        string id = RequiredString(e, "id", (f, p) => fail($"{field}.{f}", p));
        var add = Array(e, "add", (f, p) => fail($"{field}.{f}", p), required: false).Select((a, i) =>
        {
            string at = $"{field}.add[{i}]";
            if (a.ValueKind != JsonValueKind.Object) throw fail(at, "must be an object {id, name, lat, lon}");
            var inner = (string f, string p) => fail($"{at}.{f}", p);
            double lat = Number(a, "lat", inner), lon = Number(a, "lon", inner);
            if (lat is < -90 or > 90) throw fail($"{at}.lat", $"{lat} is not a latitude");
            if (lon is < -180 or > 180) throw fail($"{at}.lon", $"{lon} is not a longitude");
            return new ScenarioSite(RequiredString(a, "id", inner), RequiredString(a, "name", inner), lat, lon);
        }).ToArray();
        var remove = Array(e, "remove", (f, p) => fail($"{field}.{f}", p), required: false)
            .Select((r, i) => StringValue(r, $"{field}.remove[{i}]", fail)).ToArray();
        return new Scenario(id, add, remove);
    }

    private static JsonElement[] Array(JsonElement parent, string name, Func<string, string, RunFileException> fail, bool required)
    {
        if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
            return required ? throw fail(name, "required") : [];
        if (e.ValueKind != JsonValueKind.Array) throw fail(name, "must be a list");
        return [.. e.EnumerateArray()];
    }

    private static string RequiredString(JsonElement parent, string name, Func<string, string, RunFileException> fail) =>
        OptionalString(parent, name, fail) ?? throw fail(name, "required");

    private static string? OptionalString(JsonElement parent, string name, Func<string, string, RunFileException> fail) =>
        !parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null ? null : StringValue(e, name, fail);

    private static string StringValue(JsonElement e, string field, Func<string, string, RunFileException> fail) =>
        e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString()) ? e.GetString()! : throw fail(field, "must be a non-empty string");

    private static double Number(JsonElement parent, string name, Func<string, string, RunFileException> fail) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw fail(name, "required number");

    private static int PositiveInt(JsonElement e, string field, Func<string, string, RunFileException> fail) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v) && v > 0 ? v : throw fail(field, "must be a positive whole number");

    private static void Unique(IEnumerable<string> ids, string field, Func<string, string, RunFileException> fail)
    {
        var twice = ids.GroupBy(i => i).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw fail(field, $"'{twice.Key}' is listed twice");
    }
}
