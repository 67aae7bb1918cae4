using Rutland.Access.Geo;
using Rutland.Access.Transit.Modelled;

namespace Rutland.Access.Tests.Transit.Modelled;

/// <summary>Which stops a bus calls at along a hand-made eastbound road, 700 m long, timed 70 s by car.</summary>
public class StopsAlongPathTests
{
    private const double Lat = 52.6, Lon = -0.7;
    private static readonly double MetersPerDegLon = 111_320 * Math.Cos(Lat * Math.PI / 180), MetersPerDegLat = 111_320;

    /// <summary>A point <paramref name="east"/> m along the road and <paramref name="north"/> m to its side.</summary>
    private static LatLon At(double east, double north = 0) => new(Lat + north / MetersPerDegLat, Lon + east / MetersPerDegLon);

    private static NaptanStop Stop(string id, double east, double north, double? bearing, string? place = null, bool active = true) =>
        new(id, null, id, At(east, north), bearing, active, place ?? id);

    private static readonly NaptanStop Start = Stop("start", 0, 0, 90), End = Stop("end", 700, 0, 90);

    private static readonly BusPath Road = new(
        [new(Start.Location, 0, false), .. Enumerable.Range(0, 8).Select(i => new BusPathPoint(At(i * 100), i * 10, true))],
        [0, 8]);

    private static string[] Calls(params NaptanStop[] stops) =>
        StopsAlongPath.Calls(Road, [Start, End], stops).Select(c => c.Stop.AtcoCode).ToArray();

    [Fact]
    public void CallsAtTheStopFacingItsWayWhereNaptanHasAPair()
    {
        var east = Stop("green-e", 200, -8, 90, "Green");
        var west = Stop("green-w", 215, 8, 270, "Green");
        Assert.Equal(["start", "green-e", "end"], Calls(west, east));
    }

    [Fact]
    public void CallsAtALoneStopFacingTheOtherWay()
    {
        Assert.Equal(["start", "church", "end"], Calls(Stop("church", 400, 8, 270)));
    }

    [Fact]
    public void LeavesOutStopsOffThePathOnSideRoadsAndInactive()
    {
        var beyond = Stop("beyond", 300, StopsAlongPath.MaxStopOffsetMeters + 5, 90);
        var sideRoad = Stop("side-road", 500, 10, 0);
        var inactive = Stop("inactive", 600, 5, 90, active: false);
        Assert.Equal(["start", "end"], Calls(beyond, sideRoad, inactive));
    }

    [Fact]
    public void OrdersCallsAlongThePathAndTimesThemFromTheCar()
    {
        var calls = StopsAlongPath.Calls(Road, [Start, End], [Stop("b", 450, 5, null), Stop("a", 250, -5, 90)]);
        Assert.Equal(["start", "a", "b", "end"], calls.Select(c => c.Stop.AtcoCode));
        Assert.Equal(25, calls[1].CarSeconds, 0.5);
        Assert.Equal(45, calls[2].CarSeconds, 0.5);
        Assert.Equal(70, calls[3].CarSeconds);
    }
}
