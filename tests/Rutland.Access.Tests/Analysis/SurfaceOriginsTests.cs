using System.Diagnostics;
using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Analysis;

/// <summary>The equity analysis over the population surface's cells, beside the LSOA centroids it replaces.</summary>
public class SurfaceOriginsTests(ITestOutputHelper output)
{
    private static PtQuery Query => new() { Date = RealData.Engine.Transit.DefaultDate!.Value };
    private static readonly Lazy<EquityAnalysis.Result> Surface = new(() => EquityAnalysis.Compute(RealData.Engine, Query, new EquityThresholds()));
    private static readonly Lazy<EquityAnalysis.Result> Centroids = new(() =>
        EquityAnalysis.Compute(RealData.Engine, Query, new EquityThresholds(), EquityOrigins.Centroids));

    [Fact]
    public void EveryCellIsAnOriginAndEveryFigureConservesResidents()
    {
        var result = Surface.Value;
        int cells = RealData.Engine.PopulationOrigins.Count;
        Assert.Equal(cells * RealData.Engine.Destinations.Count, result.Drive.Count);
        Assert.Equal(cells * RealData.Engine.Destinations.Count, result.Pt.Count);
        Assert.Equal(40_476, result.Report.County.Population, 6);
        Assert.Equal(40_476, result.Report.Wards.Sum(w => w.Population), 6);
        Assert.Equal(40_476, result.Report.ByImdQuintile.Sum(q => q.Figures.Population), 6);
        var population = RealData.Engine.Equity.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode);
        Assert.Equal(23, result.Report.Lsoas.Count);
        Assert.All(result.Report.Lsoas, l => Assert.Equal(population[l.AreaCode].Total, l.Population, 6));
    }

    [Fact]
    public void AnLsoaIsNoLongerAllOrNothing()
    {
        // With one point per LSOA an LSOA's residents all have a PT journey or none do; over cells some LSOAs are split.
        var split = Surface.Value.Report.Lsoas.Count(l => l.ShareWithNoPtJourney is > 0.001 and < 0.999);
        Assert.True(split > 0, "no LSOA has residents both with and without a PT journey");
        Assert.All(Centroids.Value.Report.Lsoas, l => Assert.True(l.ShareWithNoPtJourney is 0 or 1));
    }

    [Fact]
    public void SideBySide()
    {
        var engine = RealData.Engine;
        var clock = Stopwatch.StartNew();
        PtMatrix.Compute(engine.Transit, [.. engine.PopulationOrigins.Select(c => new PtPoint(c.Cell.Id, c.Cell.Location))],
            [.. engine.Destinations.Select(d => new PtPoint(d.Id, d.Location))], Query with { Seed = 2 });
        output.WriteLine($"pt matrix over cells {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        DriveMatrix.Compute(engine.Car, engine.CarOffNetwork, [.. engine.PopulationOrigins.Select(c => (c.Cell.Id, c.CarSnap))], engine.Destinations, engine.CachedDriveSearch);
        output.WriteLine($"drive matrix over cells {clock.ElapsedMilliseconds} ms");
        foreach (var i in engine.Isochrones.Compute(new Rutland.Access.Isochrones.IsochroneRequest([new Rutland.Access.Geo.LatLon(52.6699351, -0.7284623)], TravelMode.Drive, [15, 30], false)).Isochrones)
            output.WriteLine($"oakham iso {i.CutoffMinutes}: {i.AreaKm2:F1} km2 {i.Population.Total:F0} ({i.Population.Aged65Plus:F0} 65+)");
        clock.Restart();
        var surface = EquityAnalysis.Compute(RealData.Engine, Query with { Seed = 1 }, new EquityThresholds());
        output.WriteLine($"surface analysis (warm engine, new query) {clock.ElapsedMilliseconds} ms over {RealData.Engine.PopulationOrigins.Count} cells");
        foreach (var (name, r) in new[] { ("centroids", Centroids.Value), ("surface", Surface.Value) })
        {
            var c = r.Report.County;
            string Beyond(IReadOnlyList<ResidentsBeyond> b, int m) => $"{c.Population - b.Single(x => x.Minutes == m).All:F0}";
            output.WriteLine($"{name}: pt within 30 {Beyond(c.PtBeyond, 30)} drive within 30 {Beyond(c.DriveBeyond, 30)} " +
                             $"no pt {c.ShareWithNoPtJourney * c.Population:F0} ({c.ShareWithNoPtJourney:P1}) drive mean {c.DriveToNearest.MeanMinutes:F2} " +
                             $"pt mean {c.PtToNearest.MeanMinutes:F2} bands {string.Join(",", c.PtBeyond.Select(b => $"{b.Minutes}:{c.Population - b.All:F0}"))} drive {string.Join(",", c.DriveBeyond.Select(b => $"{b.Minutes}:{c.Population - b.All:F0}"))}");
            output.WriteLine($"  flags {r.Report.Flags.Count}: {string.Join(", ", r.Report.Flags.GroupBy(f => f.Code).Select(g => $"{g.Key} {g.Count()}"))}");
        }
        var before = Centroids.Value.Report.Flags.Select(f => (f.LsoaCode, f.Code)).ToHashSet();
        var after = Surface.Value.Report.Flags.Select(f => (f.LsoaCode, f.Code)).ToHashSet();
        output.WriteLine($"gained: {string.Join(", ", after.Except(before))}");
        output.WriteLine($"lost: {string.Join(", ", before.Except(after))}");
    }
}
