using Rutland.Access.Geo;
using Rutland.Access.Osm;
using Rutland.Access.Population;
using Rutland.Access.Roads;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Osm;

/// <summary>One pass over the extract feeds every reader: the car and walk graphs and the residential land.</summary>
public sealed class OsmExtractReadTests
{
    [Fact]
    public void OnePassOverAStreamBuildsTheCarAndWalkGraphsAndTheResidentialLand()
    {
        static long Deg(double d) => (long)Math.Round(d * 1e7);
        var nodes = new PrimitiveBlockBuilder().DenseNodes(false,
            (1, Deg(52.600), Deg(-0.700), []), (2, Deg(52.600), Deg(-0.690), []), (3, Deg(52.600), Deg(-0.680), []),
            (4, Deg(52.6001), Deg(-0.6901), []), (5, Deg(52.6001), Deg(-0.6900), []), (6, Deg(52.6000), Deg(-0.6900), []));
        var ways = new PrimitiveBlockBuilder().Ways(
            (10, [1, 2], [("highway", "residential")]),
            (11, [2, 3], [("highway", "footway")]),
            (12, [4, 5, 6, 4], [("building", "house")]));
        // A stream can be read only once: every reader is served by the same pass.
        using var stream = new MemoryStream(new PbfTestWriter().Header().Data(nodes).Data(ways).ToArray());
        var car = new RoadGraphBuilder(CarProfile.Instance);
        var walk = new RoadGraphBuilder(WalkProfile.Instance);
        var residential = new ResidentialLandReader();

        OsmExtractRead.Read(stream, "fixture.osm.pbf", car, walk, residential);

        Assert.Equal([1L, 2L], car.Build().OsmNodeIds);
        Assert.Equal([1L, 2L, 3L], walk.Build().OsmNodeIds);
        Assert.Single(residential.Result().Dwellings);
    }

    [Fact]
    public void SharingThePassChangesNeitherGraph()
    {
        string pbf = TestData.Input("osm", "rutland-2022-07-20.osm.pbf");
        var car = new RoadGraphBuilder(CarProfile.Instance);
        var walk = new RoadGraphBuilder(WalkProfile.Instance);
        OsmExtractRead.Read(pbf, car, walk, new ResidentialLandReader());
        var (sharedCar, sharedWalk) = (car.Build(), walk.Build());
        var aloneCar = RoadGraphBuilder.Build(pbf, CarProfile.Instance);
        var aloneWalk = RoadGraphBuilder.Build(pbf, WalkProfile.Instance);

        Assert.Equal(aloneCar.OsmNodeIds, sharedCar.OsmNodeIds);
        Assert.Equal(aloneCar.EdgeSeconds, sharedCar.EdgeSeconds);
        Assert.Equal(aloneWalk.OsmNodeIds, sharedWalk.OsmNodeIds);
        Assert.Equal(aloneWalk.EdgeMeters, sharedWalk.EdgeMeters);
    }

    [Fact]
    public void NodesOutOfIdOrderAreFoundAndMissingOnesAreNot()
    {
        var nodes = new NodeLocations();
        nodes.Add(30, 52.3, -0.3);
        nodes.Add(10, 52.1, -0.1);
        nodes.Add(20, 52.2, -0.2);
        nodes.Seal();

        Assert.True(nodes.TryGet(10, out var ten));
        Assert.Equal(new LatLon(52.1, -0.1), ten);
        Assert.True(nodes.TryGet(30, out var thirty));
        Assert.Equal(new LatLon(52.3, -0.3), thirty);
        Assert.False(nodes.TryGet(25, out _));
    }
}
