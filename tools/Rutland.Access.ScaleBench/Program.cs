using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Rutland.Access.Data;
using Rutland.Access.Osm;
using Rutland.Access.Roads;
using Rutland.Access.Roads.Contraction;
using Rutland.Access.ScaleBench;

// measure K RESULTS.jsonl : one size (K × K tiles of Rutland's car graph), appended as one JSON line
// report RESULTS.jsonl SCALING.md : the table, fitted exponents and the 10-minute goal
var json = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
switch (args)
{
    case ["measure", var k, var results]:
        var measurement = Measure(int.Parse(k, CultureInfo.InvariantCulture));
        File.AppendAllText(results, JsonSerializer.Serialize(measurement, json) + "\n");
        Console.WriteLine(JsonSerializer.Serialize(measurement, json));
        return 0;
    case ["report", var results, var markdown]:
        var rows = File.ReadAllLines(results).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<ScaleMeasurement>(l, json)!)
            .GroupBy(r => r.TilesPerSide).Select(g => g.Last()).OrderBy(r => r.Nodes).ToArray();
        File.WriteAllText(markdown, ScalingReport.Markdown(rows));
        Console.WriteLine($"{markdown}: {rows.Length} sizes");
        return 0;
    default:
        Console.Error.WriteLine("usage: measure K RESULTS.jsonl | report RESULTS.jsonl SCALING.md");
        return 2;
}

static ScaleMeasurement Measure(int k)
{
    string pbf = Path.Combine(DataDirectory.ResolveInputs(), StudyExtract.RelativePath);
    var clock = Stopwatch.StartNew();
    var tile = RoadNetwork.Car(pbf).Graph;
    double pbfMs = clock.Elapsed.TotalMilliseconds;
    Log($"Rutland car graph from PBF: {tile.NodeCount:N0} nodes, {pbfMs:F0} ms");

    clock.Restart();
    double cpu = CpuMs();
    var graph = TiledRoadGraph.Build(tile, k);
    double buildMs = clock.Elapsed.TotalMilliseconds, buildCpuMs = CpuMs() - cpu;
    tile = null;
    GC.Collect();
    double rssGraph = Memory.RssMb();
    Log($"{k}x{k} tiles: {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges, {buildMs:F0} ms, RSS {rssGraph:F0} MB");

    // The hierarchy first, then Dijkstra and PHAST one source at a time: at 20 M nodes the builder's lists and the
    // search trees would not fit beside each other in the memory goal.
    clock.Restart();
    cpu = CpuMs();
    var ch = ContractionHierarchyBuilder.Build(graph);
    double chMs = clock.Elapsed.TotalMilliseconds, chCpuMs = CpuMs() - cpu;
    GC.Collect();
    Log($"CH: {chMs:F0} ms ({chCpuMs:F0} ms CPU), {ch.ShortcutCount:N0} shortcuts, {ch.Bytes / 1e6:F0} MB");

    long compared = 0;
    double maxDiff = 0;
    void Compare(float expected, float actual)
    {
        compared++;
        if (float.IsPositiveInfinity(expected) != float.IsPositiveInfinity(actual)) maxDiff = double.PositiveInfinity;
        else if (float.IsFinite(expected)) maxDiff = Math.Max(maxDiff, Math.Abs(expected - actual));
    }

    // Fewer repetitions where one Dijkstra takes seconds.
    int runs = graph.NodeCount > 5_000_000 ? 2 : graph.NodeCount > 500_000 ? 3 : 10;
    const int PairsPerTree = 50;
    var random = new Random(2026);
    double dijkstraMs = 0, dijkstraCpuMs = 0, phastMs = 0, phastCpuMs = 0, space = 0;
    using (var upward = new UpwardSearch(ch, SearchDirection.Forward))
    using (var query = new PointToPointQuery(ch))
        for (int i = 0; i < runs; i++)
        {
            var source = new SearchSource(RandomNode(graph, random), 0, 0);
            clock.Restart();
            cpu = CpuMs();
            using var tree = Dijkstra.Run(graph, [source], SearchDirection.Reverse);
            dijkstraMs += clock.Elapsed.TotalMilliseconds / runs;
            dijkstraCpuMs += (CpuMs() - cpu) / runs;
            clock.Restart();
            cpu = CpuMs();
            var phast = Phast.Run(ch, [source], SearchDirection.Reverse);
            phastMs += clock.Elapsed.TotalMilliseconds / runs;
            phastCpuMs += (CpuMs() - cpu) / runs;
            for (int v = 0; v < graph.NodeCount; v++) Compare(tree.Seconds[v], phast[v]);
            for (int j = 0; j < PairsPerTree; j++)
            {
                int from = RandomNode(graph, random);
                Compare(tree.Seconds[from], query.Seconds(from, source.Node));
                upward.Run([new SearchSource(from, 0, 0)]);
                space += upward.Settled.Count;
            }
        }
    space /= runs * PairsPerTree;
    Log($"Dijkstra one-to-all: {dijkstraMs:F1} ms ({dijkstraCpuMs:F1} ms CPU); PHAST {phastMs:F1} ms ({phastCpuMs:F1} ms CPU); "
        + $"{compared:N0} times compared, max difference {maxDiff:G3} s; upward search space {space:F0}");

    // England's 32,844 LSOAs × 200 hospitals at the largest size (27 × 27 = 729 tiles), scaled down with the area.
    const int FullTiles = 729, EnglandLsoas = 32_844, EnglandHospitals = 200, RutlandHospitals = 4;
    int origins = Math.Max(1, (int)Math.Round((double)EnglandLsoas * k * k / FullTiles));
    int destinations = Math.Max(RutlandHospitals, (int)Math.Round((double)EnglandHospitals * k * k / FullTiles));
    var originNodes = Enumerable.Range(0, origins).Select(_ => RandomNode(graph, random)).ToArray();
    var destinationNodes = Enumerable.Range(0, destinations).Select(_ => RandomNode(graph, random)).ToArray();
    clock.Restart();
    cpu = CpuMs();
    var table = BucketManyToMany.Compute(ch, originNodes, destinationNodes);
    double m2mMs = clock.Elapsed.TotalMilliseconds, m2mCpuMs = CpuMs() - cpu;
    using (var check = Dijkstra.Run(graph, [new SearchSource(destinationNodes[0], 0, 0)], SearchDirection.Reverse))
        for (int o = 0; o < origins; o++) Compare(check.Seconds[originNodes[o]], table[o][0]);
    Log($"many-to-many {origins:N0} x {destinations}: {m2mMs:F0} ms ({m2mCpuMs:F0} ms CPU); max difference so far {maxDiff:G3} s");

    return new ScaleMeasurement
    {
        TilesPerSide = k, Nodes = graph.NodeCount, Edges = graph.EdgeCount, PbfGraphMs = pbfMs, GraphBuildMs = buildMs, GraphBuildCpuMs = buildCpuMs,
        RssAfterGraphMb = rssGraph, SearchRuns = runs, DijkstraOneToAllMs = dijkstraMs, DijkstraOneToAllCpuMs = dijkstraCpuMs, ChBuildMs = chMs, ChBuildCpuMs = chCpuMs,
        Shortcuts = ch.ShortcutCount, ChMb = ch.Bytes / 1e6, PhastOneToAllMs = phastMs, PhastOneToAllCpuMs = phastCpuMs, MeanUpwardSearchSpace = space,
        ComparedTimes = compared, MaxDifferenceSeconds = maxDiff, Origins = origins, Destinations = destinations,
        ManyToManyMs = m2mMs, ManyToManyCpuMs = m2mCpuMs, DijkstraManyToManyEstimateCpuMs = destinations * dijkstraCpuMs,
        PeakRssMb = Memory.PeakRssMb(), Cores = Environment.ProcessorCount, LoadAverage = Memory.LoadAverage(),
    };
}

/// <summary>Processor time of this process so far (all threads), in milliseconds.</summary>
static double CpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

static int RandomNode(RoadGraph graph, Random random)
{
    while (true)
    {
        int v = random.Next(graph.NodeCount);
        if (graph.InLargestComponent[v]) return v;
    }
}

static void Log(string message) => Console.Error.WriteLine($"[scale-bench {DateTime.Now:HH:mm:ss}] {message}");
