using Rutland.Access.Roads;
using Rutland.Access.Tests.Osm;

namespace Rutland.Access.Tests.Roads;

/// <summary>OSRM bicycle.lua's rules, way by way, and a hand-made network timed with them.</summary>
public sealed class BicycleProfileTests : IDisposable
{
    private static WayTraversal? Evaluate(params (string Key, string Value)[] tags) =>
        BicycleProfile.Instance.Evaluate(tags.ToDictionary(t => t.Key, t => t.Value));

    [Theory]
    [InlineData("residential", 15)]
    [InlineData("primary", 15)]
    [InlineData("service", 15)]
    [InlineData("cycleway", 15)]
    [InlineData("track", 12)]
    [InlineData("path", 13)]
    [InlineData("footway", 4)] // pushed
    [InlineData("pedestrian", 4)] // pushed
    [InlineData("steps", 2)] // carried
    public void SpeedByWayType(string highway, double kmh)
    {
        var way = Evaluate(("highway", highway))!.Value;
        Assert.Equal((true, true, kmh, kmh), (way.Forward, way.Backward, way.SpeedKmh, way.BackwardSpeedKmh));
    }

    [Theory]
    [InlineData("motorway")]
    [InlineData("trunk")]
    [InlineData("bridleway")] // OSRM gives it no bicycle speed
    [InlineData("construction")]
    public void ClosedWithoutABicycleTag(string highway) => Assert.Null(Evaluate(("highway", highway)));

    [Fact]
    public void AccessTagsOpenAndClose()
    {
        Assert.Equal(15, Evaluate(("highway", "footway"), ("bicycle", "yes"))!.Value.SpeedKmh);
        Assert.Equal(15, Evaluate(("highway", "trunk"), ("bicycle", "designated"))!.Value.SpeedKmh);
        Assert.Equal(15, Evaluate(("highway", "bridleway"), ("bicycle", "permissive"))!.Value.SpeedKmh);
        Assert.Null(Evaluate(("highway", "residential"), ("bicycle", "no")));
        Assert.Null(Evaluate(("highway", "cycleway"), ("access", "private")));
        Assert.Null(Evaluate(("highway", "primary"), ("bicycle", "use_sidepath")));
        // The most specific tag decides: bicycle=yes opens a way that access=no closes.
        Assert.Equal(15, Evaluate(("highway", "service"), ("access", "no"), ("bicycle", "yes"))!.Value.SpeedKmh);
        Assert.Null(Evaluate(("highway", "footway"), ("foot", "no")));
    }

    [Fact]
    public void DismountIsPushedAtWalkingSpeedBothWays()
    {
        var way = Evaluate(("highway", "cycleway"), ("bicycle", "dismount"))!.Value;
        Assert.Equal((true, true, BicycleProfile.WalkingSpeedKmh, BicycleProfile.WalkingSpeedKmh),
            (way.Forward, way.Backward, way.SpeedKmh, way.BackwardSpeedKmh));
    }

    [Fact]
    public void OneWayStreetsArePushedAgainstTheFlowUnlessAContraflowLaneOpensThem()
    {
        var oneway = Evaluate(("highway", "residential"), ("oneway", "yes"))!.Value;
        Assert.Equal((15.0, 4.0), (oneway.SpeedKmh, oneway.BackwardSpeedKmh!.Value));
        var contraflow = Evaluate(("highway", "residential"), ("oneway", "yes"), ("cycleway", "opposite"))!.Value;
        Assert.Equal((15.0, 15.0), (contraflow.SpeedKmh, contraflow.BackwardSpeedKmh!.Value));
        var exempt = Evaluate(("highway", "residential"), ("oneway", "yes"), ("oneway:bicycle", "no"))!.Value;
        Assert.Equal(15.0, exempt.BackwardSpeedKmh);
        // A roundabout is one-way by implication, and nobody pushes round it backwards.
        var roundabout = Evaluate(("highway", "primary"), ("junction", "roundabout"))!.Value;
        Assert.Equal((true, false), (roundabout.Forward, roundabout.Backward));
    }

    [Fact]
    public void ACycleTrackOpensATrunkRoadOnItsSide()
    {
        var way = Evaluate(("highway", "trunk"), ("cycleway:left", "track"))!.Value;
        Assert.Equal((false, true, 15.0), (way.Forward, way.Backward, way.BackwardSpeedKmh!.Value));
    }

    [Theory]
    [InlineData("asphalt", 15)]
    [InlineData("compacted", 10)]
    [InlineData("gravel", 6)]
    [InlineData("mud", 3)]
    public void SurfaceCapsTheSpeed(string surface, double kmh) =>
        Assert.Equal(Math.Min(kmh, 12), Evaluate(("highway", "track"), ("surface", surface))!.Value.SpeedKmh);

    // A hand-made network: 1 —20— 2 (residential, 680 m), 2 —21— 3 (footway, bicycle=dismount, 680 m),
    // 3 —22— 4 (track, surface=gravel), 4 —23— 5 (motorway: never).
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"bicycle-{Guid.NewGuid():N}.osm.pbf");
    private readonly RoadNetwork _bike;

    public BicycleProfileTests()
    {
        static long Deg(double d) => (long)Math.Round(d * 1e7);
        var nodes = new PrimitiveBlockBuilder().DenseNodes(false,
            (1, Deg(52.600), Deg(-0.700), []), (2, Deg(52.600), Deg(-0.690), []), (3, Deg(52.600), Deg(-0.680), []),
            (4, Deg(52.600), Deg(-0.670), []), (5, Deg(52.600), Deg(-0.660), []));
        var ways = new PrimitiveBlockBuilder().Ways(
            (20, [1, 2], [("highway", "residential")]),
            (21, [2, 3], [("highway", "footway"), ("bicycle", "dismount")]),
            (22, [3, 4], [("highway", "track"), ("surface", "gravel")]),
            (23, [4, 5], [("highway", "motorway")]));
        File.WriteAllBytes(_path, new PbfTestWriter().Header().Data(nodes).Data(ways).ToArray());
        _bike = RoadNetwork.Build(_path, BicycleProfile.Instance);
    }

    public void Dispose() => File.Delete(_path);

    private double SecondsPerKm(long from, long to)
    {
        var g = _bike.Graph;
        int e = g.FindEdge(g.FindNode(from), g.FindNode(to));
        Assert.True(e >= 0);
        return g.EdgeSeconds[e] / (g.EdgeMeters[e] / 1000.0);
    }

    [Fact]
    public void EdgesAreTimedAtTheProfileSpeeds()
    {
        Assert.Equal(3600 / 15.0, SecondsPerKm(1, 2), 1);
        Assert.Equal(3600 / BicycleProfile.WalkingSpeedKmh, SecondsPerKm(2, 3), 1); // dismount: pushed
        Assert.Equal(3600 / BicycleProfile.WalkingSpeedKmh, SecondsPerKm(3, 2), 1);
        Assert.Equal(3600 / 6.0, SecondsPerKm(3, 4), 1); // gravel caps the track's 12 km/h at 6
        Assert.Equal(-1, _bike.Graph.FindNode(5)); // the motorway is not in the graph
        Assert.Equal(BicycleProfile.DefaultSpeedKmh, _bike.ConnectorSpeedKmh);
    }
}
