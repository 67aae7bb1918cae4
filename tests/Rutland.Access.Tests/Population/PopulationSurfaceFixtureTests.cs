using NetTopologySuite.Geometries;
using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Osm;
using Rutland.Access.Population;
using Rutland.Access.Roads;
using Rutland.Access.Tests.Osm;

namespace Rutland.Access.Tests.Population;

/// <summary>
/// Three hand-made LSOAs in BNG: A = [500000, 500100] × [300000, 300400] (100 residents) with one house; B = [500100,
/// 500600] × same (50) with two houses, one in the 200 m cell it shares with A; C = [500600, 501000] × same (20) with
/// nothing mapped, so it falls back to area weighting. A residential street runs outside every LSOA and counts for none.
/// </summary>
public sealed class PopulationSurfaceFixtureTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"surface-{Guid.NewGuid():N}.osm.pbf");
    private readonly PopulationSurface _surface;

    public PopulationSurfaceFixtureTests()
    {
        var nodes = new List<(long, long, long, (string, string)[])>();
        var ways = new List<(long, long[], (string, string)[])>();
        long next = 1;
        long Node(double e, double n)
        {
            var p = BritishNationalGrid.ToWgs84(e, n);
            nodes.Add((next, (long)Math.Round(p.Lat * 1e7), (long)Math.Round(p.Lon * 1e7), []));
            return next++;
        }
        void House(double e, double n, string building = "house")
        {
            long a = Node(e - 5, n - 5), b = Node(e + 5, n - 5), c = Node(e + 5, n + 5), d = Node(e - 5, n + 5);
            ways.Add((100 + ways.Count, [a, b, c, d, a], [("building", building)]));
        }
        House(500050, 300100);
        House(500150, 300100);
        House(500450, 300300);
        House(500800, 300200, "barn"); // not a home: C keeps no signal
        long s1 = Node(500000, 301000), s2 = Node(501000, 301000);
        ways.Add((900, [s1, s2], [("highway", "residential")]));
        File.WriteAllBytes(_path, new PbfTestWriter().Header()
            .Data(new PrimitiveBlockBuilder().DenseNodes(false, [.. nodes]))
            .Data(new PrimitiveBlockBuilder().Ways([.. ways])).ToArray());

        var reader = new ResidentialLandReader();
        var carBuilder = new RoadGraphBuilder(CarProfile.Instance);
        OsmExtractRead.Read(_path, carBuilder, reader);
        var car = RoadNetwork.Build(carBuilder.Build(), CarProfile.Instance);
        _surface = PopulationSurfaceBuilder.Build(
            [Box("A", 500000, 500100), Box("B", 500100, 500600), Box("C", 500600, 501000)],
            [new LsoaPopulation("A", "A", 100, 30, 10), new LsoaPopulation("B", "B", 50, 20, 8), new LsoaPopulation("C", "C", 20, 4, 2)],
            reader.Result(), car.Graph, "fixture");
    }

    private static AreaBoundary Box(string code, double west, double east) =>
        new(code, code, GeometryFactories.BritishNationalGrid.ToGeometry(new Envelope(west, east, 300000, 300400)));

    public void Dispose() => File.Delete(_path);

    private double Residents(string lsoa, double cellEasting, double cellNorthing) =>
        _surface.Cells.Where(c => c.Id == $"{lsoa}:{cellEasting}:{cellNorthing}").Sum(c => c.Total);

    [Fact]
    public void ResidentsFollowTheHomesAndTheSharedCellIsSplitPerLsoa()
    {
        Assert.Equal(100, Residents("A", 500000, 300000), 9);
        // Equal footprints up to the projection of their corners: B's residents split in half.
        Assert.Equal(25, Residents("B", 500000, 300000), 1);
        Assert.Equal(25, Residents("B", 500400, 300200), 1);
        Assert.Equal(3, _surface.Cells.Count(c => c.LsoaCode != "C"));
        var a = _surface.Cells.Single(c => c.LsoaCode == "A");
        Assert.Equal(30, a.Aged65Plus, 9);
        Assert.Equal(10, a.Aged75Plus, 9);
        // The origin is the house, not the cell's centre.
        Assert.InRange(a.Easting, 500049, 500051);
        Assert.InRange(a.Northing, 300099, 300101);
    }

    [Fact]
    public void AnLsoaWithoutResidentialSignalIsSpreadByAreaAndNamed()
    {
        Assert.Equal(["C"], _surface.AreaWeightedLsoas);
        Assert.Contains(_surface.Notes, n => n.Contains("LSOA C") && n.Contains("by area"));
        var c = _surface.Cells.Where(x => x.LsoaCode == "C").ToArray();
        Assert.Equal(4, c.Length);
        Assert.All(c, x => { Assert.True(x.AreaWeighted); Assert.Equal(5, x.Total, 9); });
    }

    [Fact]
    public void TotalsAreConserved()
    {
        Assert.Equal(170, _surface.Total, 9);
        Assert.Equal(170, _surface.Points.Sum(p => p.Total), 9);
        Assert.Contains(_surface.Notes, n => n.Contains("3 buildings taken as dwellings") && n.Contains("1 tagged as non-dwellings"));
    }
}
