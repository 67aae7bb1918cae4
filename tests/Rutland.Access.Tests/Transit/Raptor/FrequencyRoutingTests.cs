using Rutland.Access.Transit;
using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;
using static Rutland.Access.Tests.Transit.Raptor.LineNetwork;

namespace Rutland.Access.Tests.Transit.Raptor;

public class FrequencyRoutingTests
{
    private const int Headway = 600;
    private const int RideSeconds = 900;

    private static RaptorRouter FrequencyRouter(bool exactTimes)
    {
        var line = new LineNetwork("A", "B");
        line.Builder.AddFrequencyTrip("f", "r", "Frequent", TransitMode.Bus, Calls((0, 0), (1, RideSeconds)), At(7, 0), At(10, 0), Headway, exactTimes);
        return line.Router();
    }

    [Fact]
    public void ExactTimesEqualsTheScheduledExpansion()
    {
        var scheduled = new LineNetwork("A", "B");
        for (int start = At(7, 0); start < At(10, 0); start += Headway)
            scheduled.Trip($"f@{start}", "r", (0, start), (1, start + RideSeconds));
        var request = Request(0, 1, At(6, 30), At(10, 30));

        var expected = scheduled.Router().Search(request);
        var actual = FrequencyRouter(exactTimes: true).Search(request);

        Assert.Equal(1, actual.DrawCount);
        Assert.Equal(expected.TravelTimes(0).ToArray(), actual.TravelTimes(0).ToArray());
    }

    [Fact]
    public void UnknownPhaseIsDeterministicForASeed()
    {
        var router = FrequencyRouter(exactTimes: false);
        var request = Request(0, 1, At(8, 0), At(9, 0)) with { Seed = 42 };

        var first = router.Search(request);
        var second = router.Search(request);
        var otherSeed = router.Search(request with { Seed = 43 });

        Assert.Equal(request.MonteCarloDraws, first.DrawCount);
        Assert.Equal(first.TravelTimes(0).ToArray(), second.TravelTimes(0).ToArray());
        Assert.NotEqual(first.TravelTimes(0).ToArray(), otherSeed.TravelTimes(0).ToArray());
    }

    [Fact]
    public void UnknownPhaseWaitsSpreadWithinOneHeadway()
    {
        var result = FrequencyRouter(exactTimes: false).Search(Request(0, 1, At(8, 0), At(9, 0)) with { MonteCarloDraws = 50 });

        var waits = result.TravelTimes(0).ToArray().Select(travel => travel - RideSeconds).ToArray();
        Assert.All(waits, wait => Assert.InRange(wait, 0, Headway - 1));
        Assert.True(waits.Distinct().Count() > Headway / 60, "phases should vary across draws");
        for (int draw = 0; draw < result.DrawCount; draw++)
        {
            var drawWaits = Enumerable.Range(0, result.MinuteCount).Select(m => result.TravelSeconds(0, m, draw) - RideSeconds).ToArray();
            // Minutes sweep the whole headway: one leaves within a minute of a vehicle, one just misses it.
            Assert.InRange(drawWaits.Min(), 0, 59);
            Assert.InRange(drawWaits.Max(), Headway - 60, Headway - 1);
        }
    }

    [Fact]
    public void UnknownPhaseItineraryReplaysTheDraw()
    {
        var router = FrequencyRouter(exactTimes: false);
        var request = Request(0, 1, At(8, 0), At(9, 0)) with { Seed = 7 };
        var result = router.Search(request);

        for (int draw = 0; draw < result.DrawCount; draw++)
        {
            var itinerary = router.FindItinerary(request, 0, At(8, 30), draw)!;
            var ride = Assert.Single(itinerary.Legs.OfType<RideLeg>());
            Assert.Equal("f", ride.TripId);
            Assert.Equal(RideSeconds, ride.AlightSeconds - ride.BoardSeconds);
            Assert.Equal(result.TravelSeconds(0, 30, draw), itinerary.TravelSeconds);
        }
    }

    [Fact]
    public void NetworkWithoutUnknownPhaseEntriesRunsOneDraw()
    {
        var result = FrequencyRouter(exactTimes: true).Search(Request(0, 1, At(8, 0), At(9, 0)) with { MonteCarloDraws = 20 });
        Assert.Equal(1, result.DrawCount);
    }
}
