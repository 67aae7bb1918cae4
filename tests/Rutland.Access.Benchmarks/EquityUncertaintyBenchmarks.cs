using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Routing;

namespace Rutland.Access.Benchmarks;

/// <summary>
/// DESIGN target: the equity report with PT and three assumption levels &lt; 50 ms cached — the same report again, every
/// level's networks and drive searches kept by the engine (cold: <see cref="EquityUncertaintyColdBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class EquityUncertaintyBenchmarks
{
    private AccessEngine _engine = null!;
    private PtQuery _query = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = AccessEngineLoader.Load(new EngineOptions());
        _query = new PtQuery { Date = _engine.Transit.DefaultDate!.Value };
        Report(_engine, _query);
    }

    [Benchmark]
    public EquityUncertainty Cached() => Report(_engine, _query);

    /// <summary>The report's work: the central analysis, then the low and high levels and the flags' robustness.</summary>
    public static EquityUncertainty Report(AccessEngine engine, PtQuery query)
    {
        var thresholds = new EquityThresholds();
        var central = EquityAnalysis.Compute(engine, query, thresholds);
        return EquityUncertainty.Compute(engine, query, thresholds, central);
    }
}

/// <summary>
/// DESIGN target: the equity report with PT and three assumption levels &lt; 2 s cold — the first such report of a freshly
/// loaded engine (the load itself excluded): the low and high modelled feeds regenerated in memory, their and the central
/// service-day networks built, the detour-varied drive searches run. One invocation per iteration, each on a new engine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
public class EquityUncertaintyColdBenchmarks
{
    private AccessEngine _engine = null!;
    private PtQuery _query = null!;

    [IterationSetup]
    public void FreshEngine()
    {
        _engine = AccessEngineLoader.Load(new EngineOptions());
        _query = new PtQuery { Date = _engine.Transit.DefaultDate!.Value };
    }

    [Benchmark]
    public EquityUncertainty Cold() => EquityUncertaintyBenchmarks.Report(_engine, _query);
}
