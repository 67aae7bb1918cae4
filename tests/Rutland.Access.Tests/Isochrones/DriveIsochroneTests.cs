using NetTopologySuite.Geometries;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Roads;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;
using Rutland.Access.Routing;

namespace Rutland.Access.Tests.Isochrones;

/// <summary>Drive isochrones on the real network: validity, nesting, cut points, holes, population, catchments.</summary>
public class DriveIsochroneTests(ITestOutputHelper output)
{
    internal static readonly LatLon Oakham = new(52.6699351, -0.7284623);
    private static readonly int[] Cutoffs = [15, 30, 45];
    private static readonly Lazy<IsochroneSet> FromOakham = new(() =>
        RealData.Engine.Isochrones.Compute(new IsochroneRequest([Oakham], ModeRegistry.Drive, Cutoffs, false)));

    private static Point Bng(LatLon p)
    {
        var (e, n) = BritishNationalGrid.ToBng(p);
        return GeometryFactories.BritishNationalGrid.CreatePoint(new Coordinate(e, n));
    }

    [Fact]
    public void PolygonsAreValidNestedAndGrowing()
    {
        var set = FromOakham.Value;
        Assert.Equal(Cutoffs, set.Isochrones.Select(i => i.CutoffMinutes));
        foreach (var i in set.Isochrones)
        {
            Assert.True(i.Bng.IsValid, $"{i.CutoffMinutes} min polygon invalid");
            Assert.True(i.Wgs84.IsValid, $"{i.CutoffMinutes} min WGS84 polygon invalid");
            output.WriteLine($"{i.CutoffMinutes} min: {i.AreaKm2:F1} km², {i.Population.Total:F0} residents, {i.Population.Aged65Plus:F0} aged 65+, {i.Bng.NumPoints} points");
        }
        output.WriteLine(set.Timings.ToString());
        for (int k = 1; k < set.Isochrones.Count; k++)
        {
            var smaller = set.Isochrones[k - 1].Bng;
            var larger = set.Isochrones[k].Bng;
            // Built as a union with the smaller cutoff: containment up to overlay rounding (1 m²).
            Assert.True(smaller.Difference(larger).Area < 1, $"{set.Isochrones[k - 1].CutoffMinutes} min pokes out of {set.Isochrones[k].CutoffMinutes} min");
            Assert.True(set.Isochrones[k].AreaKm2 >= set.Isochrones[k - 1].AreaKm2);
            Assert.True(set.Isochrones[k].Population.Total >= set.Isochrones[k - 1].Population.Total);
        }
    }

    [Fact]
    public void PopulationNeverExceedsTheCounty()
    {
        var surface = RealData.Engine.Isochrones.Population;
        Assert.Equal(RutlandPopulation.Total, surface.Total.Total, 6);
        foreach (var i in FromOakham.Value.Isochrones)
        {
            Assert.InRange(i.Population.Total, 0, surface.Total.Total + 1e-6);
            Assert.InRange(i.Population.Aged65Plus, 0, i.Population.Total);
        }
        // Rutland is ~30 km across: half an hour's drive from Oakham reaches nearly every road, so nearly everyone.
        Assert.True(FromOakham.Value.Isochrones[1].Population.Total > 0.95 * surface.Total.Total);
        Assert.True(FromOakham.Value.Isochrones[0].Population.Total < FromOakham.Value.Isochrones[1].Population.Total);
    }

    [Fact]
    public void RutlandWaterIsAHoleInTheHalfHourIsochrone()
    {
        var thirty = FromOakham.Value.Isochrones[1].Bng;
        // 52.653,-0.625 is open water 780 m from the nearest car road (52.65,-0.64 is only 88 m from a road on the shore).
        var reservoir = Bng(new LatLon(52.653, -0.625));
        Assert.False(thirty.Covers(reservoir), "the middle of Rutland Water counts as reached");
        // ...although the reservoir is surrounded: it lies inside an outer ring, so it is a hole, not outside.
        var shells = Enumerable.Range(0, thirty.NumGeometries).Select(k => (Polygon)thirty.GetGeometryN(k));
        Assert.Contains(shells, p => GeometryFactories.BritishNationalGrid.CreatePolygon(p.Shell).Covers(reservoir));
    }

    [Fact]
    public void NodesJustUnderTheCutoffAreInsideAndFarNodesJustOverAreOutside()
    {
        var car = RealData.Engine.Car;
        var g = car.Graph;
        var nodes = new ProjectedNodes(g);
        var fifteen = FromOakham.Value.Isochrones[0].Bng;
        float cutoff = 15 * 60;
        var snap = car.Snap(Oakham, SnapPolicy.MaxSnapMeters)!.Value;
        using var tree = Dijkstra.Run(g, car.SourcesAt(snap, SearchDirection.Forward), SearchDirection.Forward);
        var geometry = ModeRegistry.Drive.Geometry;

        var justUnder = Enumerable.Range(0, g.NodeCount).Where(v => tree.Seconds[v] is > 15 * 60 - 20 and < 15 * 60).ToArray();
        Assert.NotEmpty(justUnder);
        foreach (int v in justUnder)
            Assert.True(fifteen.Covers(GeometryFactories.BritishNationalGrid.CreatePoint(new Coordinate(nodes.Easting[v], nodes.Northing[v]))),
                $"node {g.OsmNodeIds[v]} reached in {tree.Seconds[v]:F0} s is outside the 15-min isochrone");

        // Beyond the walk-off distance of every reached part, plus a grid cell's diagonal.
        double clearance = geometry.WalkOffMeters + geometry.GridMeters * Math.Sqrt(2);
        var reached = Enumerable.Range(0, g.EdgeCount).Where(e => tree.Seconds[g.EdgeSource[e]] <= cutoff)
            .Select(e => TimedSegment.Reachable(nodes.Easting[g.EdgeSource[e]], nodes.Northing[g.EdgeSource[e]],
                nodes.Easting[g.EdgeTarget[e]], nodes.Northing[g.EdgeTarget[e]], tree.Seconds[g.EdgeSource[e]], g.EdgeSeconds[e], cutoff))
            .Select(s => new LineSegment(s.Ax, s.Ay, s.Ax + s.Dx, s.Ay + s.Dy)).ToArray();
        var justOver = Enumerable.Range(0, g.NodeCount).Where(v => tree.Seconds[v] is > 15 * 60 and < 15 * 60 + 60)
            .Where(v => reached.All(s => s.Distance(new Coordinate(nodes.Easting[v], nodes.Northing[v])) > clearance)).Take(50).ToArray();
        Assert.NotEmpty(justOver);
        foreach (int v in justOver)
            Assert.False(fifteen.Covers(GeometryFactories.BritishNationalGrid.CreatePoint(new Coordinate(nodes.Easting[v], nodes.Northing[v]))),
                $"node {g.OsmNodeIds[v]} reached in {tree.Seconds[v]:F0} s is inside the 15-min isochrone");
    }

    [Fact]
    public void RutlandMemorialHospitalCatchmentContainsOakhamAtTenMinutes()
    {
        var rmh = RealData.Engine.FindDestination("rmh")!.Location;
        var set = RealData.Engine.Isochrones.Compute(new IsochroneRequest([rmh], ModeRegistry.Drive, [10], Reverse: true));
        Assert.True(set.Isochrones[0].Bng.Covers(Bng(Oakham)));
        Assert.False(set.Isochrones[0].Bng.Covers(Bng(new LatLon(52.5887, -0.7234))), "Uppingham is ~12 min from RMH");
    }

    [Fact]
    public void SeveralLocationsGiveTheUnionOfTheirIsochrones()
    {
        var uppingham = new LatLon(52.5887243, -0.7234249);
        var engine = RealData.Engine.Isochrones;
        var both = engine.Compute(new IsochroneRequest([Oakham, uppingham], ModeRegistry.Drive, [10], false)).Isochrones[0].Bng;
        var fromOakham = engine.Compute(new IsochroneRequest([Oakham], ModeRegistry.Drive, [10], false)).Isochrones[0].Bng;
        var fromUppingham = engine.Compute(new IsochroneRequest([uppingham], ModeRegistry.Drive, [10], false)).Isochrones[0].Bng;
        double union = fromOakham.Union(fromUppingham).Area;
        // Equal up to simplification (25 m on outlines of ~100 km).
        Assert.InRange(both.Area / union, 0.97, 1.03);
        Assert.True(both.Covers(Bng(Oakham)) && both.Covers(Bng(uppingham)));
    }

    [Fact]
    public void WalkIsochroneIsSmallAndValid()
    {
        var set = RealData.Engine.Isochrones.Compute(new IsochroneRequest([Oakham], ModeRegistry.Walk, [10, 20], false));
        Assert.All(set.Isochrones, i => Assert.True(i.Bng.IsValid));
        // 20 minutes at 4.8 km/h is 1.6 km: the area cannot exceed a disc of that radius plus the walk-off.
        Assert.InRange(set.Isochrones[1].AreaKm2, 0.5, Math.PI * 1.65 * 1.65);
        output.WriteLine($"walk 10/20 min: {set.Isochrones[0].AreaKm2:F2} / {set.Isochrones[1].AreaKm2:F2} km²; {set.Timings}");
    }
}
