using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>
/// The range search's shortcuts — access stops re-marked only when they catch a new departure, and Monte Carlo draws
/// that search only what beats the scheduled-only journeys — on small random networks with walk and on-demand access
/// and egress at any second (not whole minutes) and, for even seeds, an unknown-phase frequency entry: every sample
/// equals the search without shortcuts and the naive reference.
/// </summary>
public class RangeSearchShortcutsPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    private static RaptorRequest RandomRequest(int seed, int stopCount)
    {
        var random = new Random(seed * 104_729);
        StopAccess[] Walks() => [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new StopAccess(random.Next(stopCount), random.Next(0, 700)))];
        FlexAccess Leg(int tag)
        {
            int opens = RandomNetwork.WindowStart + random.Next(-1800, 3600);
            return new FlexAccess(random.Next(stopCount), random.Next(stopCount), random.Next(0, 600), random.Next(0, 900),
                random.Next(60, 1800), opens, opens + random.Next(0, 5400), $"flex-{tag}");
        }
        var request = RandomNetwork.RandomRequest(seed, stopCount);
        return request with
        {
            Access = Walks(),
            Targets = [.. request.Targets.Select(_ => (IReadOnlyList<StopAccess>)Walks())],
            FlexAccess = [.. Enumerable.Range(0, random.Next(0, 6)).Select(i => Leg(1000 + i))],
            FlexTargets = [.. request.Targets.Select((_, t) => (IReadOnlyList<FlexAccess>)[.. Enumerable.Range(0, random.Next(0, 3)).Select(i => Leg(100 * t + i))])],
        };
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SearchEqualsTheSearchWithoutShortcutsAndTheNaiveReference(int seed)
    {
        var input = RandomNetwork.Generate(seed, withUnknownPhaseFrequency: seed % 2 == 0, stopCount: 16, routeCount: 7);
        var router = new RaptorRouter(input.Network);
        var request = RandomRequest(seed, input.Network.StopCount);

        var search = router.Search(request);
        var reference = router.SearchWithoutShortcuts(request);

        Assert.Equal(input.Frequency is null ? 1 : request.MonteCarloDraws, search.DrawCount);
        for (int target = 0; target < search.TargetCount; target++)
        {
            Assert.Equal(reference.TravelTimes(target).ToArray(), search.TravelTimes(target).ToArray());
            for (int minute = 0; minute < search.MinuteCount; minute += 3)
                for (int draw = 0; draw < search.DrawCount; draw++)
                {
                    int expected = ReferenceEarliestArrival.TravelSeconds(input, request, target, search.DepartureSeconds[minute], draw);
                    Assert.True(expected == search.TravelSeconds(target, minute, draw),
                        $"seed {seed}, target {target}, draw {draw}, departure {search.DepartureSeconds[minute]}: expected {expected}, got {search.TravelSeconds(target, minute, draw)}");
                }
        }
    }
}
