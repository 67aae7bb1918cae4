using Rutland.Access.Batch.Run;
using Rutland.Access.Batch.Tests.Support;
using Rutland.Access.Routing;

namespace Rutland.Access.Batch.Tests.Batch;

public class RunFileLoaderTests
{
    private const string Valid = """
        {
          "name": "t",
          "origins": { "types": ["lsoa"] },
          "destinations": ["rmh", "stamford"],
          "modes": ["drive", "pt"],
          "windows": [{ "id": "am", "date": "2025-09-02", "start": "07:00", "minutes": 60 }],
          "scenarios": [{ "id": "baseline" }, { "id": "no-rmh", "remove": ["rmh"] }],
          "cutoffs": [60, 30]
        }
        """;

    [Fact]
    public void The_rutland_default_run_file_loads()
    {
        var run = RunFileLoader.Load(Path.Combine(RutlandEngine.Repository, "src/Rutland.Access.Batch/runs/rutland.json"));
        Assert.Equal([ModeRegistry.Drive, ModeRegistry.Pt], run.Modes);
        Assert.Equal(4, run.Destinations.Count);
        Assert.Contains(run.Scenarios, s => s.Add.Count == 1);
    }

    [Fact]
    public void A_valid_file_is_read_with_sorted_cutoffs_and_window_seconds()
    {
        var run = Load(Valid);
        Assert.Equal([30, 60], run.CutoffsMinutes);
        var query = run.Windows[0].Query();
        Assert.Equal(7 * 3600, query.WindowStartSeconds);
        Assert.Equal(8 * 3600, query.WindowEndSeconds);
        Assert.Equal(["rmh"], run.Scenarios[1].Remove);
    }

    [Fact]
    public void Every_registered_mode_is_a_run_mode_and_an_unknown_one_names_them()
    {
        string all = string.Join(", ", ModeRegistry.All.Select(m => $"\"{m.Name}\""));
        Assert.Equal(ModeRegistry.All, Load(Valid.Replace("\"modes\": [\"drive\", \"pt\"]", $"\"modes\": [{all}]")).Modes);
        var ex = Assert.Throws<RunFileException>(() => Load(Valid.Replace("\"modes\": [\"drive\", \"pt\"]", "\"modes\": [\"hovercraft\"]")));
        Assert.Contains(string.Join(", ", ModeRegistry.All.Select(m => m.Name)), ex.Message);
    }

    [Theory]
    [InlineData("\"modes\": [\"drive\", \"pt\"]", "\"modes\": [\"drive\", \"bike\"]", "modes[1]")]
    [InlineData("\"start\": \"07:00\"", "\"start\": \"7am\"", "windows[0].start")]
    [InlineData("\"date\": \"2025-09-02\"", "\"date\": \"02/09/2025\"", "windows[0].date")]
    [InlineData("\"minutes\": 60", "\"minutes\": 0", "windows[0].minutes")]
    [InlineData("\"minutes\": 60", "\"minutes\": 600", "windows[0].minutes")]
    [InlineData("\"types\": [\"lsoa\"]", "\"types\": [\"city\"]", "origins.types[0]")]
    [InlineData("\"remove\": [\"rmh\"]", "\"remove\": [\"melton\"]", "scenarios[1].remove[0]")]
    [InlineData("\"cutoffs\": [60, 30]", "\"cutoffs\": [60, -30]", "cutoffs[1]")]
    [InlineData("\"name\": \"t\",", "\"name\": \"t\", \"output\": \"x\",", "output")]
    [InlineData("\"destinations\": [\"rmh\", \"stamford\"]", "\"destinations\": [\"rmh\", \"rmh\"]", "destinations")]
    public void A_bad_field_is_named(string from, string to, string field)
    {
        Assert.Contains(from, Valid);
        var ex = Assert.Throws<RunFileException>(() => Load(Valid.Replace(from, to)));
        Assert.Equal(field, ex.Field);
        Assert.Contains($": {field}: ", ex.Message);
    }

    [Fact]
    public void Public_transport_without_a_window_is_refused()
    {
        string noWindows = Valid.Replace("\"windows\": [{ \"id\": \"am\", \"date\": \"2025-09-02\", \"start\": \"07:00\", \"minutes\": 60 }],", "");
        Assert.Equal("windows", Assert.Throws<RunFileException>(() => Load(noWindows)).Field);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var ex = Assert.Throws<RunFileException>(() => Load("{\n\"name\": \"t\",\n\"modes\": [\n"));
        Assert.StartsWith("line ", ex.Field);
    }

    private static RunDescription Load(string json)
    {
        string folder = RutlandEngine.TempFolder("runfile");
        string path = Path.Combine(folder, "run.json");
        File.WriteAllText(path, json);
        try { return RunFileLoader.Load(path); }
        finally { Directory.Delete(folder, true); }
    }
}
