using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>
/// On-demand access and egress legs (time windows, pick-up wait, ride) on small random networks: range RAPTOR
/// against the naive reference, which tries each leg's start window second by second, and itineraries that ride
/// on demand arrive when the search says.
/// </summary>
public class FlexAccessPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    private static RaptorRequest WithFlex(RaptorRequest request, int seed, int stopCount)
    {
        var random = new Random(seed * 7919);
        FlexAccess Leg(int tag)
        {
            int opens = RandomNetwork.WindowStart + random.Next(-1800, 3600);
            return new FlexAccess(random.Next(stopCount), random.Next(stopCount), random.Next(0, 600), random.Next(0, 900),
                random.Next(120, 1800), opens, opens + random.Next(0, 5400), $"flex-{tag}");
        }
        return request with
        {
            FlexAccess = [.. Enumerable.Range(0, random.Next(1, 4)).Select(i => Leg(1000 + i))],
            FlexTargets = [.. request.Targets.Select((_, t) => (IReadOnlyList<FlexAccess>)[.. Enumerable.Range(0, random.Next(0, 3)).Select(i => Leg(100 * t + i))])],
        };
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RangeSearchWithOnDemandLegsEqualsNaiveReference(int seed)
    {
        var input = RandomNetwork.Generate(seed);
        var request = WithFlex(RandomNetwork.RandomRequest(seed, input.Network.StopCount), seed, input.Network.StopCount);

        var range = new RaptorRouter(input.Network).Search(request);

        for (int minute = 0; minute < range.MinuteCount; minute++)
            for (int target = 0; target < range.TargetCount; target++)
            {
                int expected = ReferenceEarliestArrival.TravelSeconds(input, request, target, range.DepartureSeconds[minute]);
                Assert.True(expected == range.TravelSeconds(target, minute),
                    $"seed {seed}, target {target}, departure {range.DepartureSeconds[minute]}: expected {expected}, got {range.TravelSeconds(target, minute)}");
            }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ItinerariesRidingOnDemandArriveWhenTheSearchSays(int seed)
    {
        var input = RandomNetwork.Generate(seed);
        var router = new RaptorRouter(input.Network);
        var request = WithFlex(RandomNetwork.RandomRequest(seed, input.Network.StopCount), seed, input.Network.StopCount);
        var result = router.Search(request);
        for (int target = 0; target < result.TargetCount; target++)
            for (int minute = 0; minute < result.MinuteCount; minute += 7)
            {
                int departure = result.DepartureSeconds[minute];
                var itinerary = router.FindItinerary(request, target, departure);
                int travel = result.TravelSeconds(target, minute);
                Assert.Equal(travel == RaptorResult.Unreachable, itinerary is null);
                if (itinerary is null) continue;
                Assert.Equal(travel, itinerary.TravelSeconds);
                for (int i = 1; i < itinerary.Legs.Count; i++)
                    Assert.True(itinerary.Legs[i].StartSeconds >= itinerary.Legs[i - 1].EndSeconds, $"seed {seed}: {string.Join(" ", itinerary.Legs)}");
                foreach (var ride in itinerary.Legs.OfType<FlexRideLeg>())
                {
                    var leg = request.FlexAccess.Concat(request.FlexTargets[target]).First(f => f.TripId == ride.TripId);
                    Assert.InRange(ride.StartSeconds, leg.OpensSeconds, leg.ClosesSeconds);
                    Assert.Equal(leg.RideSeconds, ride.EndSeconds - ride.StartSeconds);
                }
            }
    }
}
