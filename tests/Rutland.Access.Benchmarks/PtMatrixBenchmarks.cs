using BenchmarkDotNet.Attributes;
using Rutland.Access.Analysis;
using Rutland.Access.Routing;

/// <summary>
/// The DESIGN target: all places × the four destinations by public transport over a 3-hour window (07:00–10:00,
/// the default service date) with p25/p50/p75, on the real data and the default feeds, with on-demand zones as access,
/// egress and direct legs (the default) and without. Networks for the date and the on-demand car times are built in
/// setup (cached in service), so the figure is the matrix itself.
/// </summary>
[MemoryDiagnoser]
public class PtMatrixBenchmarks
{
    private AccessEngine _engine = null!;
    private PtQuery _query = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = AccessEngineLoader.Load(new EngineOptions());
        _query = new PtQuery { Date = _engine.Transit.DefaultDate!.Value };
        var probe = _engine.PtTimes(_engine.Places, _engine.Destinations, _query);
        _engine.PtTimes(_engine.Places, _engine.Destinations, _query with { Modes = PtModes.Bus | PtModes.Rail });
        Console.WriteLine($"// {_engine.Places.Count} places × {_engine.Destinations.Count} destinations on {_query.Date}: " +
            $"{probe.Count(r => r.Reachable)} of {probe.Count} pairs reachable; " +
            string.Join(", ", _engine.Destinations.Select(d => $"{d.Id} median p50 " +
                $"{probe.Where(r => r.To == d.Id && r.Minutes is not null).Select(r => r.Minutes!.Value).Order().ElementAtOrDefault(probe.Count(r => r.To == d.Id && r.Minutes is not null) / 2):F1} min")));
    }

    [Benchmark]
    public IReadOnlyList<PtTravelTime> AllPlacesToFourDestinationsThreeHourWindow() =>
        _engine.PtTimes(_engine.Places, _engine.Destinations, _query);

    [Benchmark]
    public IReadOnlyList<PtTravelTime> AllPlacesToFourDestinationsThreeHourWindowWithoutOnDemand() =>
        _engine.PtTimes(_engine.Places, _engine.Destinations, _query with { Modes = PtModes.Bus | PtModes.Rail });
}
