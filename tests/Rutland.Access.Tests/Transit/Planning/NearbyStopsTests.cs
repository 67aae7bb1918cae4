using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Tests.Transit.Planning;

public class NearbyStopsTests
{
    /// <summary>The tree finds exactly the stops a scan of every stop finds, on the real stops, at radii from 50 m to 20 km.</summary>
    [Theory]
    [InlineData(50)]
    [InlineData(800)]
    [InlineData(2_000)]
    [InlineData(20_000)]
    public void FindsWhatAScanOfEveryStopFinds(double meters)
    {
        var stops = RealData.Engine.Transit.Walking.Stops;
        var nearby = new NearbyStops(stops);
        var random = new Random(7);
        // Every stop itself (distance 0), and random points over and around the county.
        var points = Enumerable.Range(0, stops.Count).Select(stops.Location)
            .Concat(Enumerable.Range(0, 200).Select(_ => new LatLon(52.45 + random.NextDouble() * 0.45, -1.0 + random.NextDouble() * 0.75)));
        int found = 0;
        foreach (var point in points)
        {
            var scan = Enumerable.Range(0, stops.Count).Where(s => GreatCircle.DistanceMeters(point, stops.Location(s)) <= meters).ToList();
            Assert.Equal(scan, nearby.Within(point, meters));
            found += scan.Count;
        }
        Assert.True(found >= stops.Count, "every stop is within any radius of itself");
    }
}
