using Rutland.Access.Transit.Flex;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Flex;

/// <summary>
/// The latest departure by a direct on-demand ride, on hand-made rides: 2 min walk to the pick-up stop, 15 min pick-up
/// wait, 20 min ride, 3 min walk on; pick-ups allowed 07:00–18:40 (a zone open 07:00–19:00 with the drop-off inside it).
/// Every answer is checked against <see cref="FlexDirect.Best"/>: leaving then arrives in time, leaving a second later
/// does not.
/// </summary>
public class FlexDirectLatestDepartureTests
{
    private const int Walk = 120, Wait = 15 * 60, Ride = 20 * 60, WalkOn = 180;
    private static int At(int hours, int minutes) => hours * 3600 + minutes * 60;

    private static readonly FlexAccess Zone = new(Stop: 1, FlexStop: 0, Walk, Wait, Ride, At(7, 0), At(18, 40), "zone");
    private static readonly FlexDirect Direct = new([(Zone, WalkOn)]);

    [Fact]
    public void LeavesSoThatWaitRideAndWalkOnArriveExactlyOnTime()
    {
        // By 10:00: pick-up at 09:37 (10:00 − 3 min walk − 20 min ride), leave 15 + 2 minutes before it.
        int? latest = Direct.LatestDeparture(At(7, 0), At(10, 0), At(10, 0));
        Assert.Equal(At(9, 20), latest);
        Assert.Equal(At(10, 0), Direct.Best(latest!.Value)!.Value.Arrival);
        Assert.True(Direct.Best(latest.Value + 1)!.Value.Arrival > At(10, 0));
    }

    [Fact]
    public void TheLastPickUpBindsLateInTheDay()
    {
        // By 19:30 the ride would have to start at 19:07, after the last pick-up at 18:40: leave for that one instead.
        Assert.Equal(At(18, 40) - Wait - Walk, Direct.LatestDeparture(At(16, 0), At(19, 30), At(19, 30)));
        // With no arrival time (the way home) the last pick-up alone decides.
        Assert.Equal(At(18, 23), Direct.LatestDeparture(At(16, 0), At(24, 0)));
        Assert.Null(Direct.Best(At(18, 23) + 1));
    }

    [Fact]
    public void NoRideWhenTheZoneOpensTooLateOrClosesBeforeTheEarliestDeparture()
    {
        // By 07:20 the ride cannot start early enough (the first pick-up, 07:00, arrives 07:23).
        Assert.Null(Direct.LatestDeparture(At(6, 0), At(7, 20), At(7, 20)));
        // After an appointment ending at 18:30 the last pick-up (18:40) needs leaving by 18:23: none left.
        Assert.Null(Direct.LatestDeparture(At(18, 30), At(24, 0)));
        Assert.Null(FlexDirect.None.LatestDeparture(0, At(24, 0)));
    }

    [Fact]
    public void ADepartureIsNeverLaterThanAllowed()
    {
        // Home by 23:00 is possible up to 18:23, but the question allows leaving only until 12:00.
        Assert.Equal(At(12, 0), Direct.LatestDeparture(At(11, 0), At(12, 0)));
        Assert.NotEqual(RaptorResult.Unreachable, Direct.TravelSeconds(At(12, 0)));
    }

    [Fact]
    public void TheLatestOfSeveralRidesWins()
    {
        // A slower ride from a nearer stop (no walk, 30 min ride) must leave by 10:00 − 3 − 30 − 15 = 09:12, so for 10:00 the
        // faster one (09:20) is the latest; with no arrival time both are bound by the 18:40 pick-up and the nearer stop,
        // with no walk to it, leaves later (18:25).
        var near = Zone with { WalkSeconds = 0, RideSeconds = 30 * 60 };
        var both = new FlexDirect([(Zone, WalkOn), (near, WalkOn)]);
        Assert.Equal(At(9, 20), both.LatestDeparture(At(7, 0), At(10, 0), At(10, 0)));
        Assert.Equal(At(18, 25), both.LatestDeparture(At(16, 0), At(24, 0)));
    }
}
