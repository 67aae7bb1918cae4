using BenchmarkDotNet.Attributes;
using Rutland.Access.Geo;
using Rutland.Access.Transit.Raptor;

/// <summary>One origin to four destinations (hospital-like), departures every minute 07:00–10:00, up to 3 transfers.</summary>
[MemoryDiagnoser]
public class RaptorBenchmarks
{
    private RaptorRouter _router = null!;
    private RaptorRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var network = SyntheticRuralNetwork.Build(seed: 2024, out var stops);
        _router = new RaptorRouter(network);
        // Destinations at the three towns and a far village; the origin is a village served by a route.
        LatLon[] destinations = [.. SyntheticRuralNetwork.Towns, stops[network.PatternStopSequence(7)[^1]]];
        _request = new RaptorRequest
        {
            Access = SyntheticRuralNetwork.NearestStops(stops, stops[network.PatternStopSequence(0)[^1]], 3),
            Targets = destinations.Select(d => (IReadOnlyList<StopAccess>)SyntheticRuralNetwork.NearestStops(stops, d, 3)).ToArray(),
            WindowStartSeconds = 7 * 3600,
            WindowEndSeconds = 10 * 3600,
        };
        var probe = _router.Search(_request);
        Console.WriteLine($"// {network.StopCount} stops, {network.PatternCount} patterns, {network.TripCount} trips; " +
            $"p50 per target: {string.Join(", ", Enumerable.Range(0, probe.TargetCount).Select(t => probe.Percentile(t, 50)))} s; " +
            $"reachable share: {string.Join(", ", Enumerable.Range(0, probe.TargetCount).Select(t => probe.ReachableShare(t).ToString("P0")))}");
    }

    [Benchmark]
    public RaptorResult RangeQueryThreeHoursFourTargets() => _router.Search(_request);
}
