using Rutland.Access.Geo;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Network;
using static Rutland.Access.Tests.Transit.Raptor.LineNetwork;

namespace Rutland.Access.Tests.Transit.Raptor;

public class TransitNetworkBuilderTests
{
    [Fact]
    public void ExposesStopsAndCounts()
    {
        var line = new LineNetwork("A", "B", "C")
            .Trip("t1", "r1", (0, At(8, 0)), (1, At(8, 10)), (2, At(8, 20)))
            .Trip("t2", "r1", (0, At(9, 0)), (1, At(9, 10)), (2, At(9, 20)));
        var network = line.Builder.Build();

        Assert.Equal(3, network.StopCount);
        Assert.Equal(1, network.PatternCount);
        Assert.Equal(2, network.TripCount);
        Assert.Equal(1, network.FindStop("B"));
        Assert.Null(network.FindStop("Z"));
        Assert.Equal("Stop C", network.StopName(2));
        Assert.Equal(new LatLon(52.6 + 2 * 0.01, -0.7), network.StopLocation(2));
        Assert.Equal([0, 1, 2], network.PatternStopSequence(0).ToArray());
        Assert.Equal("Route r1", network.RouteName(0));
        Assert.Equal(TransitMode.Bus, network.Mode(0));
        Assert.Equal("t1", network.TripId(0, 0));
    }

    [Fact]
    public void OvertakingTripsAreSplitIntoSeparatePatterns()
    {
        var line = new LineNetwork("A", "B", "C")
            .Trip("slow", "r1", (0, At(8, 0)), (1, At(8, 30)), (2, At(9, 0)))
            .Trip("express", "r1", (0, At(8, 5)), (1, At(8, 15)), (2, At(8, 25)))
            .Trip("later", "r1", (0, At(9, 0)), (1, At(9, 30)), (2, At(10, 0)));
        var network = line.Builder.Build();

        Assert.Equal(2, network.PatternCount);
        Assert.Equal(3, network.TripCount);
    }

    [Fact]
    public void DifferentStopSequencesAreDifferentPatterns()
    {
        var line = new LineNetwork("A", "B", "C")
            .Trip("t1", "r1", (0, At(8, 0)), (1, At(8, 10)), (2, At(8, 20)))
            .Trip("t2", "r1", (0, At(8, 0)), (2, At(8, 20)));
        Assert.Equal(2, line.Builder.Build().PatternCount);
    }

    [Fact]
    public void ExactTimesFrequencyBecomesScheduledTrips()
    {
        var line = new LineNetwork("A", "B");
        line.Builder.AddFrequencyTrip("f", "r", "R", TransitMode.Bus, Calls((0, 0), (1, 600)), At(7, 0), At(9, 0), 900, exactTimes: true);
        var network = line.Builder.Build();
        Assert.Equal(8, network.TripCount);
        Assert.Equal(0, network.FrequencyEntryCount);
    }

    [Fact]
    public void UnknownPhaseFrequencyIsKeptAsAnEntry()
    {
        var line = new LineNetwork("A", "B");
        line.Builder.AddFrequencyTrip("f", "r", "R", TransitMode.Bus, Calls((0, 0), (1, 600)), At(7, 0), At(9, 0), 900, exactTimes: false);
        var network = line.Builder.Build();
        Assert.Equal(0, network.TripCount);
        Assert.Equal(1, network.FrequencyEntryCount);
        Assert.Equal("f", network.TripId(0, 3));
    }

    [Fact]
    public void TimeTravelBetweenStopsNamesTheTrip()
    {
        var line = new LineNetwork("A", "B").Trip("bad-trip", "r", (0, At(8, 10)), (1, At(8, 0)));
        var ex = Assert.Throws<ArgumentException>(() => line.Builder.Build());
        Assert.Contains("'bad-trip'", ex.Message);
    }

    [Fact]
    public void ArrivalAfterDepartureNamesTheTripAndStop()
    {
        var line = new LineNetwork("A", "B");
        line.Builder.AddTrip("dwell", "r", "R", TransitMode.Rail, [new StopTime(0, At(8, 5), At(8, 0)), new StopTime(1, At(8, 10), At(8, 10))]);
        var ex = Assert.Throws<ArgumentException>(() => line.Builder.Build());
        Assert.Contains("'dwell'", ex.Message);
        Assert.Contains("'A'", ex.Message);
    }

    [Fact]
    public void SingleStopTripIsRejected()
    {
        var line = new LineNetwork("A").Trip("lonely", "r", (0, At(8, 0)));
        Assert.Contains("'lonely'", Assert.Throws<ArgumentException>(() => line.Builder.Build()).Message);
    }

    [Fact]
    public void UnknownStopIndexIsRejected()
    {
        var line = new LineNetwork("A").Trip("ghost", "r", (0, At(8, 0)), (7, At(8, 5)));
        Assert.Contains("'ghost'", Assert.Throws<ArgumentException>(() => line.Builder.Build()).Message);
    }

    [Fact]
    public void NonPositiveHeadwayIsRejected()
    {
        var line = new LineNetwork("A", "B");
        line.Builder.AddFrequencyTrip("f0", "r", "R", TransitMode.Bus, Calls((0, 0), (1, 60)), At(7, 0), At(8, 0), 0, exactTimes: false);
        Assert.Contains("'f0'", Assert.Throws<ArgumentException>(() => line.Builder.Build()).Message);
    }

    [Fact]
    public void DuplicateStopIdIsRejected()
    {
        var line = new LineNetwork("A");
        Assert.Throws<ArgumentException>(() => line.Builder.AddStop("A", "again", default));
    }
}
