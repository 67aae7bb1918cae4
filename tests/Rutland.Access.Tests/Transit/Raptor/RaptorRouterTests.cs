using Rutland.Access.Transit;
using Rutland.Access.Transit.Raptor;
using static Rutland.Access.Tests.Transit.Raptor.LineNetwork;

namespace Rutland.Access.Tests.Transit.Raptor;

public class RaptorRouterTests
{
    private const int Unreachable = RaptorResult.Unreachable;

    [Fact]
    public void SingleRideCountsInitialWaitAndIsUnreachableAfterTheLastTrip()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("t1", "r1", (0, At(8, 0)), (1, At(8, 10)), (2, At(8, 20)))
            .Router();

        var result = router.Search(Request(0, 2, At(7, 55), At(8, 5)));

        Assert.Equal(10, result.MinuteCount);
        Assert.Equal(At(7, 55), result.DepartureSeconds[0]);
        Assert.Equal(25 * 60, result.TravelSeconds(0, 0));
        Assert.Equal(20 * 60, result.TravelSeconds(0, 5));
        Assert.Equal(Unreachable, result.TravelSeconds(0, 6));
        Assert.Equal(0.6, result.ReachableShare(0), 9);
        Assert.Equal(20 * 60, result.Best(0));
    }

    [Fact]
    public void SingleRideItinerary()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("t1", "r1", (0, At(8, 0)), (1, At(8, 10)), (2, At(8, 20)))
            .Router();

        var itinerary = router.FindItinerary(Request(0, 2, At(7, 55), At(8, 5)), 0, At(7, 58));

        Assert.NotNull(itinerary);
        Assert.Equal(At(8, 20), itinerary.ArrivalSeconds);
        Assert.Equal(22 * 60, itinerary.TravelSeconds);
        Assert.Equal(0, itinerary.Transfers);
        Assert.Collection(itinerary.Legs,
            leg => Assert.Equal(new AccessWalkLeg(0, At(7, 58), At(7, 58)), leg),
            leg => Assert.Equal(new RideLeg("r1", "Route r1", Rutland.Access.Transit.TransitMode.Bus, "t1", 0, 2, At(8, 0), At(8, 20)), leg),
            leg => Assert.Equal(new EgressWalkLeg(2, At(8, 20), At(8, 20)), leg));
    }

    [Theory]
    [InlineData(60, 0, 40)] // 30 s connection missed with 60 s slack: wait for the 08:30
    [InlineData(0, 30, 20)] // caught without slack
    public void MinTransferSecondsDecidesWhetherATightConnectionHolds(int slack, int connectionSeconds, int expectedMinutes)
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("in", "r1", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("tight", "r2", (1, At(8, 10, connectionSeconds)), (2, At(8, 20)))
            .Trip("next", "r2", (1, At(8, 30)), (2, At(8, 40)))
            .Router();

        var result = router.Search(Request(0, 2, At(8, 0), At(8, 1)) with { MinTransferSeconds = slack });

        Assert.Equal(expectedMinutes * 60, result.TravelSeconds(0, 0));
    }

    [Fact]
    public void ConnectionExactlyAtTheSlackIsCaught()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("in", "r1", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("out", "r2", (1, At(8, 11)), (2, At(8, 20)))
            .Router();

        Assert.Equal(20 * 60, router.Search(Request(0, 2, At(8, 0), At(8, 1))).TravelSeconds(0, 0));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void MaxTransfersLimitsRides(int maxTransfers, bool reachable)
    {
        var router = new LineNetwork("A", "B", "C", "D")
            .Trip("1", "r1", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("2", "r2", (1, At(8, 15)), (2, At(8, 25)))
            .Trip("3", "r3", (2, At(8, 30)), (3, At(8, 40)))
            .Router();

        var result = router.Search(Request(0, 3, At(8, 0), At(8, 1)) with { MaxTransfers = maxTransfers });

        Assert.Equal(reachable ? 40 * 60 : Unreachable, result.TravelSeconds(0, 0));
    }

    [Fact]
    public void ExpressOvertakingASlowTripOnTheSameStopsIsTaken()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("slow", "r1", (0, At(8, 0)), (1, At(8, 30)), (2, At(9, 0)))
            .Trip("express", "r1", (0, At(8, 5)), (1, At(8, 15)), (2, At(8, 25)))
            .Router();
        var request = Request(0, 2, At(8, 0), At(8, 1));

        Assert.Equal(25 * 60, router.Search(request).TravelSeconds(0, 0));
        var ride = Assert.Single(router.FindItinerary(request, 0, At(8, 0))!.Legs.OfType<RideLeg>());
        Assert.Equal("express", ride.TripId);
    }

    [Fact]
    public void FasterTwoRideJourneyBeatsSlowerDirectOne()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("direct", "r1", (0, At(8, 0)), (2, At(9, 0)))
            .Trip("feeder", "r2", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("onward", "r3", (1, At(8, 15)), (2, At(8, 30)))
            .Router();
        var request = Request(0, 2, At(8, 0), At(8, 1));

        Assert.Equal(30 * 60, router.Search(request).TravelSeconds(0, 0));
        var itinerary = router.FindItinerary(request, 0, At(8, 0))!;
        Assert.Equal(1, itinerary.Transfers);
        Assert.Equal(["feeder", "onward"], itinerary.Legs.OfType<RideLeg>().Select(r => r.TripId));
    }

    [Fact]
    public void EquallyEarlyJourneysPreferFewerTransfers()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("feeder", "r2", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("onward", "r3", (1, At(8, 15)), (2, At(8, 30)))
            .Trip("direct", "r1", (0, At(8, 0)), (2, At(8, 30)))
            .Router();

        var itinerary = router.FindItinerary(Request(0, 2, At(8, 0), At(8, 1)), 0, At(8, 0))!;

        Assert.Equal(0, itinerary.Transfers);
        Assert.Equal("direct", Assert.Single(itinerary.Legs.OfType<RideLeg>()).TripId);
    }

    [Fact]
    public void WalkingTransferBetweenStopsIsUsedAndReported()
    {
        var line = new LineNetwork("A", "B", "C", "D")
            .Trip("in", "r1", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("out", "r2", (3, At(8, 13)), (2, At(8, 20)))
            .Trip("out-later", "r2", (3, At(8, 43)), (2, At(8, 50)));
        line.Builder.AddTransfer(1, 3, 120);
        var router = line.Router();
        var request = Request(0, 2, At(8, 0), At(8, 1));

        Assert.Equal(20 * 60, router.Search(request).TravelSeconds(0, 0));
        var itinerary = router.FindItinerary(request, 0, At(8, 0))!;
        Assert.Contains(new TransferLeg(1, 3, At(8, 10), At(8, 12)), itinerary.Legs);
        Assert.Equal(1, itinerary.Transfers);
    }

    [Fact]
    public void TransferWalkPlusSlackMustFitBeforeDeparture()
    {
        var line = new LineNetwork("A", "B", "C", "D")
            .Trip("in", "r1", (0, At(8, 0)), (1, At(8, 10)))
            .Trip("out", "r2", (3, At(8, 12)), (2, At(8, 20)))
            .Trip("out-later", "r2", (3, At(8, 43)), (2, At(8, 50)));
        line.Builder.AddTransfer(1, 3, 120);

        Assert.Equal(50 * 60, line.Router().Search(Request(0, 2, At(8, 0), At(8, 1))).TravelSeconds(0, 0));
    }

    [Fact]
    public void AccessAndEgressWalksAreCounted()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("t1", "r1", (0, At(8, 0)), (1, At(8, 10)), (2, At(8, 20)))
            .Router();
        var request = new RaptorRequest
        {
            Access = [new StopAccess(0, 300)],
            Targets = [[new StopAccess(2, 240)]],
            WindowStartSeconds = At(7, 50),
            WindowEndSeconds = At(7, 57),
        };

        var result = router.Search(request);

        Assert.Equal(34 * 60, result.TravelSeconds(0, 0)); // leave 07:50, at A 07:55, C 08:20, destination 08:24
        Assert.Equal(Unreachable, result.TravelSeconds(0, 6)); // leave 07:56, at A 08:01: bus gone
        var itinerary = router.FindItinerary(request, 0, At(7, 50))!;
        Assert.Equal(new AccessWalkLeg(0, At(7, 50), At(7, 55)), itinerary.Legs[0]);
        Assert.Equal(new EgressWalkLeg(2, At(8, 20), At(8, 24)), itinerary.Legs[^1]);
    }

    [Fact]
    public void SeveralTargetsInOneSearch()
    {
        var router = new LineNetwork("A", "B", "C")
            .Trip("t1", "r1", (0, At(8, 0)), (1, At(8, 10)), (2, At(8, 20)))
            .Router();
        var request = Request(0, 2, At(8, 0), At(8, 1)) with
        {
            Targets = [[new StopAccess(1, 60)], [new StopAccess(2, 0), new StopAccess(1, 3600)], [new StopAccess(0, 0)]],
        };

        var result = router.Search(request);

        Assert.Equal(11 * 60, result.TravelSeconds(0, 0));
        Assert.Equal(20 * 60, result.TravelSeconds(1, 0));
        Assert.Equal(Unreachable, result.TravelSeconds(2, 0)); // no ride to take: direct walking is the caller's
    }

    [Fact]
    public void MaxTravelSecondsCutsOffLongJourneys()
    {
        var router = new LineNetwork("A", "B")
            .Trip("t1", "r1", (0, At(8, 0)), (1, At(9, 0)))
            .Router();

        var result = router.Search(Request(0, 1, At(8, 0), At(8, 2)) with { MaxTravelSeconds = 3600 });

        Assert.Equal(3600, result.TravelSeconds(0, 0));
        Assert.Equal(Unreachable, router.Search(Request(0, 1, At(7, 59), At(8, 0)) with { MaxTravelSeconds = 3600 }).TravelSeconds(0, 0));
    }

    [Fact]
    public void TripsAfterMidnightWork()
    {
        var router = new LineNetwork("A", "B")
            .Trip("late", "r1", (0, At(23, 50)), (1, At(24, 20)))
            .Router();

        var result = router.Search(Request(0, 1, At(23, 45), At(23, 55)));

        Assert.Equal(35 * 60, result.TravelSeconds(0, 0));
        Assert.Equal(At(24, 20), router.FindItinerary(Request(0, 1, At(23, 45), At(23, 55)), 0, At(23, 45))!.ArrivalSeconds);
    }

    [Fact]
    public void InvalidRequestIsRejected()
    {
        var router = new LineNetwork("A", "B").Trip("t", "r", (0, At(8, 0)), (1, At(8, 5))).Router();
        Assert.Throws<ArgumentException>(() => router.Search(Request(0, 9, At(8, 0), At(9, 0))));
        Assert.Throws<ArgumentException>(() => router.Search(Request(0, 1, At(9, 0), At(9, 0))));
    }
}
