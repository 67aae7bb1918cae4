using Rutland.Access.Geo;
using Rutland.Access.Roads;
using Rutland.Access.Tests.Osm;

namespace Rutland.Access.Tests.Roads;

/// <summary>
/// A hand-made five-junction network whose every edge is known:
/// 1 —10— 2 —10— 3 (residential, two-way); 3 —11→ 4 (tertiary, one-way); 4 —12— 5 —12— 1 (unclassified, two-way);
/// 2 —13— 6 (service, access=private: not for cars); 3 —15— 8 (trunk that stops dead: an exit).
/// </summary>
public sealed class RoadGraphFixtureTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"roads-{Guid.NewGuid():N}.osm.pbf");
    private readonly RoadNetwork _car;

    public RoadGraphFixtureTests()
    {
        static long Deg(double d) => (long)Math.Round(d * 1e7); // default granularity: 100 nanodegrees
        var nodes = new PrimitiveBlockBuilder().DenseNodes(false,
            (1, Deg(52.600), Deg(-0.700), []), (2, Deg(52.600), Deg(-0.690), []), (3, Deg(52.600), Deg(-0.680), []),
            (4, Deg(52.610), Deg(-0.680), []), (5, Deg(52.610), Deg(-0.700), []), (6, Deg(52.590), Deg(-0.690), []),
            (8, Deg(52.600), Deg(-0.670), []));
        var ways = new PrimitiveBlockBuilder().Ways(
            (10, [1, 2, 3], [("highway", "residential")]),
            (11, [3, 4], [("highway", "tertiary"), ("oneway", "yes")]),
            (12, [4, 5, 1], [("highway", "unclassified")]),
            (13, [2, 6], [("highway", "service"), ("access", "private")]),
            (15, [3, 8], [("highway", "trunk")]));
        File.WriteAllBytes(_path, new PbfTestWriter().Header().Data(nodes).Data(ways).ToArray());
        _car = RoadNetwork.Car(_path);
    }

    public void Dispose() => File.Delete(_path);

    private int Node(long osmId) => _car.Graph.FindNode(osmId);

    [Fact]
    public void OnlyCarWaysBecomeEdgesInTheirAllowedDirections()
    {
        var g = _car.Graph;
        Assert.Equal(6, g.NodeCount); // node 6 is only on the private way
        Assert.Equal(-1, g.FindNode(6));
        Assert.Equal(4 + 1 + 4 + 2, g.EdgeCount);
        Assert.True(g.FindEdge(Node(3), Node(4)) >= 0);
        Assert.Equal(-1, g.FindEdge(Node(4), Node(3)));
    }

    [Fact]
    public void OneWayForcesTheLongWayRound()
    {
        var g = _car.Graph;
        using var tree = Dijkstra.Run(g, [new SearchSource(Node(4), 0, 0)], SearchDirection.Forward);
        // 4 → 5 → 1 → 2 → 3: 1.35 + 1.11 + 0.68 + 0.68 km, never the 1.11 km one-way edge backwards.
        Assert.InRange(tree.Meters[Node(3)], 3750, 3900);
        var path = TreePath.NodesToSource(g, tree, Node(3));
        Assert.Equal(new long[] { 3, 2, 1, 5, 4 }, path.Select(n => g.OsmNodeIds[n]));
    }

    [Fact]
    public void SpeedsFollowTheModel()
    {
        var g = _car.Graph;
        int residential = g.FindEdge(Node(1), Node(2));
        // Residential: restricted 30 mph × 0.8 = 38.6 km/h, capped at 25 km/h by class.
        Assert.Equal(25, g.EdgeMeters[residential] / g.EdgeSeconds[residential] * 3.6, 3);
        int trunk = g.FindEdge(Node(3), Node(8));
        Assert.Equal(60 * UkSpeedModel.KmhPerMph * 0.8, g.EdgeMeters[trunk] / g.EdgeSeconds[trunk] * 3.6, 3);
    }

    [Fact]
    public void StronglyConnectedCoreAndTheDeadEndTrunkIsAnExit()
    {
        var g = _car.Graph;
        Assert.Equal(6, g.LargestComponentSize); // 3 ↔ 8 is two-way, so the stub belongs too
        Assert.Contains(Node(8), g.ExitNodes);
        Assert.DoesNotContain(Node(1), g.ExitNodes);
    }

    [Fact]
    public void SnappingSplitsTheEdgeCost()
    {
        var snap = _car.Snap(new LatLon(52.6001, -0.695), 500)!.Value;
        Assert.InRange(snap.DistanceMeters, 10, 12);
        Assert.Equal(0.5, snap.Fraction, 2);
        Assert.True(snap.TwinEdge >= 0);
        var sources = _car.SourcesAt(snap, SearchDirection.Forward);
        Assert.Equal(2, sources.Count);
        float half = _car.Graph.EdgeSeconds[snap.Edge] / 2 + _car.ConnectorSeconds(snap);
        Assert.All(sources, s => Assert.Equal(half, s.Seconds, 2));
        Assert.Null(_car.Snap(new LatLon(52.65, -0.69), 500));
    }

    [Fact]
    public void TwoPointsOnOneEdgeAreReachedAlongIt()
    {
        var a = _car.Snap(new LatLon(52.600, -0.698), 500)!.Value;
        var b = _car.Snap(new LatLon(52.600, -0.692), 500)!.Value;
        using var tree = Dijkstra.Run(_car.Graph, _car.SourcesAt(a, SearchDirection.Forward), SearchDirection.Forward);
        var reading = _car.ReadOff(tree, b, a)!.Value;
        Assert.InRange(reading.Meters, 400, 420); // 0.006° of longitude at 52.6° N ≈ 406 m
        Assert.Equal(-1, reading.Node);
    }
}
