using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Benchmarks;

/// <summary>
/// A 15/30/45-min drive isochrone from Oakham on the real data, uncached (target p95 &lt; 100 ms), its polygon step
/// alone (grid from the reached edges, contours, assembly) on a search made once, and a 15/30/45-min
/// public-transport isochrone from Oakham bus station over the default 07:00–10:00 window (target &lt; 300 ms), at the
/// 25th percentile: at the default median no stop is reached within 45 min (hourly buses), so nothing but the walk
/// would be drawn.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WithP95))]
public class IsochroneBenchmarks
{
    /// <summary>The targets are p95s, so the table shows the 95th percentile beside the mean.</summary>
    private sealed class WithP95 : ManualConfig
    {
        public WithP95() => AddColumn(StatisticColumn.P95);
    }

    private static readonly LatLon OakhamBusStation = new(52.669731, -0.731958);
    private static readonly LatLon Oakham = new(52.6699351, -0.7284623);
    private static readonly int[] Cutoffs = [15, 30, 45];
    /// <summary>As far as the service searches: past the largest cutoff by the contours' horizon.</summary>
    private static readonly float Horizon = Cutoffs[^1] * 60f + IsochroneParameters.CrossingHorizonSeconds;
    private AccessEngine _engine = null!;
    private EdgeCellTable _table = null!;
    private ShortestPathTree _tree = null!;

    [GlobalSetup]
    public void Load()
    {
        _engine = AccessEngineLoader.Load(new EngineOptions());
        _table = _engine.Isochrones.Cells(ModeRegistry.Drive);
        var snap = _engine.Car.Snap(Oakham, SnapPolicy.MaxSnapMeters)!.Value;
        _tree = Dijkstra.Run(_engine.Car.Graph, _engine.Car.SourcesAt(snap, SearchDirection.Forward), SearchDirection.Forward, Horizon);
    }

    [GlobalCleanup]
    public void Release() => _tree.Dispose();

    [Benchmark(Baseline = true)]
    public IsochroneSet DriveThreeCutoffsUncached() =>
        _engine.Isochrones.Compute(new IsochroneRequest([Oakham], ModeRegistry.Drive, Cutoffs, false));

    [Benchmark]
    public IsochroneSet PtThreeCutoffsUncached() =>
        _engine.Isochrones.Compute(new IsochroneRequest([OakhamBusStation], ModeRegistry.Pt, Cutoffs, false)
            { Transit = new PtIsochroneOptions(new PtQuery { Date = _engine.Transit.DefaultDate!.Value }, Percentile: 25) });

    [Benchmark]
    public int PolygonStepOnly()
    {
        var field = TravelTimeField.Build(_table, _tree, Horizon, []);
        return NestedContours.Build(field, Cutoffs, ModeRegistry.Drive.Geometry, new List<string>(), out _).Sum(g => g.NumPoints);
    }
}
