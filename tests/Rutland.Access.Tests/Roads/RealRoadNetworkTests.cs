using Rutland.Access.Geo;
using Rutland.Access.Roads;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Roads;

/// <summary>The car graph built from the real Rutland extract.</summary>
public class RealRoadNetworkTests
{
    private static readonly LatLon Oakham = new(52.6699351, -0.7284623);
    private static readonly LatLon Uppingham = new(52.5887243, -0.7234249);

    private static RoadNetwork Car => RealData.Car;

    [Fact]
    public void GraphSizeAndConnectivity()
    {
        var g = Car.Graph;
        // 27,821 nodes and 55,670 directed edges when first built from this extract; a rule change that moves
        // these by more than a few percent should be looked at.
        Assert.InRange(g.NodeCount, 26_000, 30_000);
        Assert.InRange(g.EdgeCount, 52_000, 59_000);
        // Nearly everything is one strongly connected network; the rest are private islands and one-way traps.
        Assert.True(g.LargestComponentSize > 0.95 * g.NodeCount, $"largest component {g.LargestComponentSize} of {g.NodeCount}");
        Assert.True(g.OsmNodeIds.Zip(g.OsmNodeIds.Skip(1)).All(p => p.First < p.Second), "node ids sorted for binary search");
        // CSR invariants.
        Assert.Equal(g.EdgeCount, g.FirstOut[^1]);
        Assert.Equal(g.EdgeCount, g.FirstIn[^1]);
        for (int e = 0; e < g.EdgeCount; e += 97)
        {
            Assert.InRange(e, g.FirstOut[g.EdgeSource[e]], g.FirstOut[g.EdgeSource[e] + 1] - 1);
            Assert.True(g.EdgeSeconds[e] > 0 && g.EdgeMeters[e] > 0);
        }
    }

    [Fact]
    public void OakhamToUppinghamByTheA6003IsAbout10Km()
    {
        var from = Car.Snap(Oakham, SnapPolicy.MaxSnapMeters)!.Value;
        var to = Car.Snap(Uppingham, SnapPolicy.MaxSnapMeters)!.Value;
        using var tree = Dijkstra.Run(Car.Graph, Car.SourcesAt(from, SearchDirection.Forward), SearchDirection.Forward);
        var route = Car.ReadOff(tree, to)!.Value;
        Assert.InRange(route.Meters / 1000, 9.5, 10.8);
        // 10 km mostly on a 60 mph A road with 30 mph town ends: between 9 and 15 minutes.
        Assert.InRange(route.Seconds / 60, 9, 15);
    }

    [Fact]
    public void ReverseSearchEqualsForwardSearch()
    {
        var from = Car.Snap(Oakham, SnapPolicy.MaxSnapMeters)!.Value;
        var to = Car.Snap(Uppingham, SnapPolicy.MaxSnapMeters)!.Value;
        using var forward = Dijkstra.Run(Car.Graph, Car.SourcesAt(from, SearchDirection.Forward), SearchDirection.Forward);
        using var reverse = Dijkstra.Run(Car.Graph, Car.SourcesAt(to, SearchDirection.Reverse), SearchDirection.Reverse);
        Assert.Equal(Car.ReadOff(forward, to)!.Value.Seconds, Car.ReadOff(reverse, from)!.Value.Seconds, 0.01);
    }

    [Fact]
    public void OneWayStreetsAreHonoured()
    {
        var g = Car.Graph;
        // Every one-way edge (no twin on the same way) must be slower to undo than to drive.
        var oneWay = Enumerable.Range(0, g.EdgeCount)
            .Where(e => !Enumerable.Range(g.FirstOut[g.EdgeTarget[e]], g.FirstOut[g.EdgeTarget[e] + 1] - g.FirstOut[g.EdgeTarget[e]])
                .Any(r => g.EdgeTarget[r] == g.EdgeSource[e] && g.EdgeWayId[r] == g.EdgeWayId[e]))
            .Where(e => g.InLargestComponent[g.EdgeSource[e]] && g.EdgeMeters[e] > 30)
            .ToArray();
        Assert.True(oneWay.Length > 50, $"expected one-way streets in the extract, found {oneWay.Length} edges");
        foreach (int e in oneWay.Take(25))
        {
            using var tree = Dijkstra.Run(g, [new SearchSource(g.EdgeTarget[e], 0, 0)], SearchDirection.Forward);
            Assert.True(tree.Seconds[g.EdgeSource[e]] > g.EdgeSeconds[e], $"edge {e} of way {g.EdgeWayId[e]} can be driven backwards");
        }
    }

    [Fact]
    public void StamfordHospitalSnapsCloseAndMeltonAndPeterboroughDoNot()
    {
        Assert.InRange(Car.Snap(new LatLon(52.6553726, -0.4687359), SnapPolicy.MaxSnapMeters)!.Value.DistanceMeters, 0, 100);
        Assert.InRange(Car.Snap(new LatLon(52.6715797, -0.7371134), SnapPolicy.MaxSnapMeters)!.Value.DistanceMeters, 0, 100);
        Assert.Null(Car.Snap(new LatLon(52.7659378, -0.8772812), SnapPolicy.MaxSnapMeters));
        Assert.Null(Car.Snap(new LatLon(52.5839233, -0.2793709), SnapPolicy.MaxSnapMeters));
    }

    [Fact]
    public void ExitsLieWhereRoadsLeaveTheExtract()
    {
        var g = Car.Graph;
        Assert.InRange(g.ExitNodes.Length, 10, 80);
        // The A606 towards Melton Mowbray leaves near 52.73 N, 0.85 W.
        Assert.Contains(g.ExitNodes, x => GreatCircle.DistanceMeters(g.Location(x), new LatLon(52.7285, -0.8451)) < 500);
    }

    [Fact]
    public void SearchesAreDeterministic()
    {
        var from = Car.Snap(Uppingham, SnapPolicy.MaxSnapMeters)!.Value;
        using var a = Dijkstra.Run(Car.Graph, Car.SourcesAt(from, SearchDirection.Forward), SearchDirection.Forward);
        using var b = Dijkstra.Run(Car.Graph, Car.SourcesAt(from, SearchDirection.Forward), SearchDirection.Forward);
        Assert.True(a.Seconds.SequenceEqual(b.Seconds));
        Assert.True(a.PredecessorEdge.SequenceEqual(b.PredecessorEdge));
    }
}
