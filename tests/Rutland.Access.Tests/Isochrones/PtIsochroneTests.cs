using NetTopologySuite.Geometries;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;
using Rutland.Access.Routing;

namespace Rutland.Access.Tests.Isochrones;

/// <summary>Public-transport isochrones from Oakham bus station on the modelled bus feed and the rail extract.</summary>
public class PtIsochroneTests(ITestOutputHelper output)
{
    private static readonly LatLon OakhamBusStation = new(52.669731, -0.731958);
    /// <summary>Uppingham, North Street East (Bay 1): 17 min by the 08:30 bus from Oakham bus station.</summary>
    private static readonly LatLon UppinghamNorthStreet = new(52.589005, -0.720551);
    private static readonly int[] Cutoffs = [15, 30, 45];

    private static IsochroneSet Pt(int windowStartSeconds, int windowMinutes, int percentile = IsochroneParameters.DefaultPtPercentile)
    {
        var query = new PtQuery
        {
            Date = RealData.Engine.Transit.DefaultDate!.Value,
            WindowStartSeconds = windowStartSeconds,
            WindowEndSeconds = windowStartSeconds + windowMinutes * 60,
        };
        return RealData.Engine.Isochrones.Compute(new IsochroneRequest([OakhamBusStation], ModeRegistry.Pt, Cutoffs, false)
            { Transit = new PtIsochroneOptions(query, percentile) });
    }

    private static IsochroneSet Walk() =>
        RealData.Engine.Isochrones.Compute(new IsochroneRequest([OakhamBusStation], ModeRegistry.Walk, Cutoffs, false));

    private static Point Bng(LatLon p)
    {
        var (e, n) = BritishNationalGrid.ToBng(p);
        return GeometryFactories.BritishNationalGrid.CreatePoint(new Coordinate(e, n));
    }

    [Fact]
    public void TheBusToUppinghamReachesWhatWalkingCannot()
    {
        // Departures 08:20-08:29 catch the 08:30 bus: 17-26 min to Uppingham, 21 at the median.
        var pt = Pt(8 * 3600 + 20 * 60, 10);
        var walk = Walk();
        var ptThirty = pt.Isochrones[1].Bng;
        var walkThirty = walk.Isochrones[1].Bng;
        output.WriteLine($"pt 30 min {pt.Isochrones[1].AreaKm2:F2} km², walk 30 min {walk.Isochrones[1].AreaKm2:F2} km²; {pt.Timings}");

        // Around the stop: its own spot and a ring of points 150 m off it, which a few minutes' walk from the stop covers.
        var stop = Bng(UppinghamNorthStreet);
        Assert.True(ptThirty.Covers(stop), "the Uppingham stop reached by bus in ~21 min is outside the 30-min pt isochrone");
        Assert.False(walkThirty.Covers(stop), "Uppingham is 9 km from Oakham: not a 30-min walk");
        Assert.True(ptThirty.Intersection(stop.Buffer(150)).Area > 0.25 * stop.Buffer(150).Area);
        Assert.False(pt.Isochrones[0].Bng.Covers(stop), "the bus takes more than 15 minutes to Uppingham");
        Assert.True(pt.Isochrones[1].AreaKm2 > walk.Isochrones[1].AreaKm2);
        Assert.Contains("MODELLED", pt.Method);
        Assert.Contains("50th percentile", pt.Method);
    }

    [Fact]
    public void NoServiceInTheWindowLeavesTheWalk()
    {
        // No bus or train leaves Oakham between 22:00 and 23:00 on the modelled Tuesday.
        var pt = Pt(22 * 3600, 60);
        var walk = Walk();
        for (int k = 0; k < Cutoffs.Length; k++)
        {
            Assert.Equal(walk.Isochrones[k].AreaKm2, pt.Isochrones[k].AreaKm2, 6);
            Assert.True(pt.Isochrones[k].Bng.SymmetricDifference(walk.Isochrones[k].Bng).Area < 1);
        }
        Assert.Contains("(0 this time", pt.Method);
    }

    [Fact]
    public void PolygonsAreValidAndNested()
    {
        // The whole morning at the 25th percentile: several stops count as reached, so there are several parts to nest.
        var set = Pt(7 * 3600, 180, percentile: 25);
        foreach (var i in set.Isochrones)
        {
            Assert.True(i.Bng.IsValid, $"{i.CutoffMinutes} min polygon invalid");
            Assert.True(i.Wgs84.IsValid, $"{i.CutoffMinutes} min WGS84 polygon invalid");
            output.WriteLine($"{i.CutoffMinutes} min: {i.AreaKm2:F2} km², {i.Population.Total:F0} residents, {i.Bng.NumGeometries} parts");
        }
        for (int k = 1; k < set.Isochrones.Count; k++)
        {
            Assert.True(set.Isochrones[k - 1].Bng.Difference(set.Isochrones[k].Bng).Area < 1);
            Assert.True(set.Isochrones[k].Population.Total >= set.Isochrones[k - 1].Population.Total);
        }
        Assert.True(set.Isochrones[^1].Bng.NumGeometries > 1, "no stop beyond walking reach was drawn");
    }
}
