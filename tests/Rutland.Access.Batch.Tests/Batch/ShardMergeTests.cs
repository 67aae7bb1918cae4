using Rutland.Access.Batch.Commands;
using Rutland.Access.Batch.Output;
using Rutland.Access.Batch.Run;
using Rutland.Access.Batch.Tests.Support;
using Spectre.Console;

namespace Rutland.Access.Batch.Tests.Batch;

/// <summary>On the real data: every origin type, drive and public transport, a scenario that adds a site.</summary>
public sealed class ShardMergeTests : IDisposable
{
    private const string RunJson = """
        {
          "name": "merge-test",
          "origins": { "types": ["town", "village", "hamlet", "lsoa"] },
          "destinations": ["rmh", "melton", "stamford", "peterborough"],
          "modes": ["drive", "pt"],
          "windows": [{ "id": "am", "date": "2025-09-02", "start": "07:00", "minutes": 60 }],
          "scenarios": [{ "id": "baseline" }, { "id": "site", "add": [{ "id": "site", "name": "Site", "lat": 52.5889, "lon": -0.7237 }] }],
          "cutoffs": [30, 60]
        }
        """;

    private static readonly string[] FinalFiles =
        ["origins.parquet", "origins.csv", "matrix.parquet", "matrix.csv", "aggregates.parquet", "aggregates.csv", BatchManifest.FileName];

    private readonly string _folder = RutlandEngine.TempFolder("merge");
    private readonly string _runPath;
    private readonly RunDescription _run;
    private readonly BatchProgress _quiet = new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Interactive = InteractionSupport.No }));

    public ShardMergeTests()
    {
        _runPath = Path.Combine(_folder, "run.json");
        File.WriteAllText(_runPath, RunJson);
        _run = RunFileLoader.Load(_runPath);
    }

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public async Task Merged_shards_are_byte_identical_to_a_single_run()
    {
        string single = Path.Combine(_folder, "single"), sharded = Path.Combine(_folder, "sharded");
        var whole = await Execute(single, Shard.Whole);
        for (int i = 3; i >= 0; i--) await Execute(sharded, new Shard(i, 4)); // any order
        await ShardMerge.MergeAsync(sharded, _ => { });

        foreach (string file in FinalFiles)
            Assert.True(File.ReadAllBytes(Path.Combine(single, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(sharded, file))), file);
        var matrix = whole.Outputs.Single(o => o.File == "matrix.parquet");
        int origins = RutlandEngine.Engine.Places.Count;
        Assert.Equal(origins * 5 * 2, matrix.Rows); // 4 hospitals + the scenario site, drive and one PT window
        Assert.Contains(whole.Inputs, i => i.Path.EndsWith(".osm.pbf") && i.Sha256.Length == 64);
    }

    [Fact]
    public async Task Parquet_reads_back_exactly_what_the_run_computed()
    {
        string single = Path.Combine(_folder, "single");
        await Execute(single, Shard.Whole);
        var matrix = await TableFiles.ReadAsync<MatrixRow>(single, BatchOutput.MatrixTable);
        var engine = RutlandEngine.Engine;
        var oakham = engine.FindPlace("oakham")!;
        var expected = engine.DriveTimes([oakham], [engine.FindDestination("stamford")!]).Single();
        var row = matrix.Single(r => r is { Origin: "oakham", Destination: "stamford", Mode: "drive" });
        Assert.Equal(expected.Minutes, row.Minutes);
        Assert.Equal(expected.DistanceKm, row.DistanceKm);
        Assert.Equal(expected.Estimated, row.Estimated);
    }

    [Fact]
    public async Task A_missing_shard_is_named_and_a_rerun_alone_completes_the_merge()
    {
        string sharded = Path.Combine(_folder, "sharded");
        foreach (int i in new[] { 0, 1, 3 }) await Execute(sharded, new Shard(i, 4));
        var ex = await Assert.ThrowsAsync<MergeException>(() => ShardMerge.MergeAsync(sharded, _ => { }));
        Assert.Contains("missing shard(s) 2/4", ex.Message);

        await Execute(sharded, new Shard(2, 4));
        var merged = await ShardMerge.MergeAsync(sharded, _ => { });
        Assert.Equal(RutlandEngine.Engine.Places.Count, merged.Outputs.Single(o => o.File == "origins.parquet").Rows);
    }

    [Fact]
    public async Task A_damaged_shard_file_is_refused()
    {
        string sharded = Path.Combine(_folder, "sharded");
        for (int i = 0; i < 2; i++) await Execute(sharded, new Shard(i, 2));
        string csv = Path.Combine(BatchOutput.ShardFolder(sharded, new Shard(1, 2)), "matrix.csv");
        File.AppendAllText(csv, "x\n");
        var ex = await Assert.ThrowsAsync<MergeException>(() => ShardMerge.MergeAsync(sharded, _ => { }));
        Assert.Contains("re-run shard 1/2", ex.Message);
    }

    [Fact]
    public async Task A_csv_of_points_is_a_run_of_its_own_and_a_bad_line_is_named()
    {
        string points = Path.Combine(_folder, "points.csv");
        File.WriteAllText(points, "id,name,lat,lon\np1,Oakham market,52.6703,-0.7276\np2,Uppingham,52.5889,-0.7237\n");
        string runPath = Path.Combine(_folder, "points.json");
        File.WriteAllText(runPath, RunJson.Replace("\"types\": [\"town\", \"village\", \"hamlet\", \"lsoa\"]", "\"csv\": \"points.csv\""));
        var run = RunFileLoader.Load(runPath);
        var manifest = await BatchRun.ExecuteAsync(RutlandEngine.Engine, run, runPath, Path.Combine(_folder, "points"), Shard.Whole, _quiet);
        Assert.Equal(2 * 5 * 2, manifest.Outputs.Single(o => o.File == "matrix.csv").Rows);
        Assert.Contains(manifest.Inputs, i => i is { Location: "run", Path: "points.csv" });

        File.WriteAllText(points, "id,name,lat,lon\np1,Oakham,52.6703,-0.7276\np2,Bad,52.58x,-0.72\n");
        var ex = Assert.Throws<Data.DataFileException>(() => OriginResolver.Resolve(RutlandEngine.Engine, run, runPath));
        Assert.Equal(3, ex.Line);
        Assert.Contains("'lat'", ex.Message);
    }

    private Task<BatchManifest> Execute(string output, Shard shard) =>
        BatchRun.ExecuteAsync(RutlandEngine.Engine, _run, _runPath, output, shard, _quiet);
}
