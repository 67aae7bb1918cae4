using Rutland.Access.Transit;
using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;
using static Rutland.Access.Tests.Transit.Raptor.LineNetwork;

namespace Rutland.Access.Tests.Transit.Raptor;

public class RaptorResultTests
{
    /// <summary>Buses A→B at 08:00, 08:30, 09:00, each taking 20 minutes.</summary>
    private static RaptorRouter HalfHourly() => new LineNetwork("A", "B")
        .Trip("t0800", "r", (0, At(8, 0)), (1, At(8, 20)))
        .Trip("t0830", "r", (0, At(8, 30)), (1, At(8, 50)))
        .Trip("t0900", "r", (0, At(9, 0)), (1, At(9, 20)))
        .Router();

    [Fact]
    public void PercentilesAndBestOverTheWindow()
    {
        // Leaving 08:01..08:30 waits 29..0 minutes for the 08:30: travel 49..20 minutes.
        var result = HalfHourly().Search(Request(0, 1, At(8, 1), At(8, 31)));

        Assert.Equal(20 * 60, result.Best(0));
        Assert.Equal((At(8, 30), 0), result.BestDeparture(0));
        Assert.Equal(27 * 60, result.Percentile(0, 25));
        Assert.Equal(34 * 60, result.Percentile(0, 50)); // rank 15 of 30
        Assert.Equal(42 * 60, result.Percentile(0, 75));
        Assert.Equal(1.0, result.ReachableShare(0));
    }

    [Fact]
    public void MedianIsUnreachableWhenMostMinutesAre()
    {
        var result = HalfHourly().Search(Request(0, 1, At(8, 55), At(9, 10)));
        Assert.Equal(RaptorResult.Unreachable, result.Percentile(0, 50));
        Assert.Equal(20 * 60, result.Percentile(0, 1));
    }

    [Theory]
    [InlineData(8, 55, 8, 30)] // the 08:30 arrives 08:50
    [InlineData(8, 50, 8, 30)] // arriving exactly at the deadline is on time
    [InlineData(8, 49, 8, 0)]
    public void LatestDepartureForAnAppointment(int deadlineHour, int deadlineMinute, int expectedHour, int expectedMinute)
    {
        var result = HalfHourly().Search(Request(0, 1, At(7, 0), At(9, 0)));
        Assert.Equal(At(expectedHour, expectedMinute), result.LatestDeparture(0, At(deadlineHour, deadlineMinute)));
    }

    [Fact]
    public void LatestDepartureIsNullWhenNothingArrivesInTime()
    {
        var result = HalfHourly().Search(Request(0, 1, At(7, 0), At(9, 0)));
        Assert.Null(result.LatestDeparture(0, At(8, 19)));
    }

    [Fact]
    public void LatestDepartureMustHoldInEveryDraw()
    {
        var line = new LineNetwork("A", "B");
        line.Builder.AddFrequencyTrip("f", "r", "R", TransitMode.Bus, Calls((0, 0), (1, 600)), At(7, 0), At(10, 0), 1200, exactTimes: false);
        var result = line.Router().Search(Request(0, 1, At(7, 30), At(9, 0)));

        int departure = result.LatestDeparture(0, At(9, 0))!.Value;
        int minute = (departure - At(7, 30)) / 60;
        for (int draw = 0; draw < result.DrawCount; draw++)
            Assert.True(departure + result.TravelSeconds(0, minute, draw) <= At(9, 0));
        bool laterMinuteFailsSomeDraw = Enumerable.Range(0, result.DrawCount)
            .Any(draw => result.TravelSeconds(0, minute + 1, draw) + departure + 60 > At(9, 0));
        Assert.True(laterMinuteFailsSomeDraw);
    }

    [Fact]
    public void EarliestArrivalForTheWayHomeAfterAnAppointment()
    {
        // Appointment ends 08:10: the 08:30 gets home at 08:50.
        var result = HalfHourly().Search(Request(0, 1, At(8, 10), At(10, 0)));
        Assert.Equal(At(8, 50), result.EarliestArrival(0));
        Assert.Null(HalfHourly().Search(Request(0, 1, At(9, 1), At(10, 0))).EarliestArrival(0));
    }
}
