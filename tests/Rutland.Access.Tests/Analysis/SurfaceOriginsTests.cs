using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Routing;
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

    /// <summary>
    /// Centroid and surface figures side by side (written to the test output for the README): both count every
    /// resident, and the surface has more origins than LSOAs.
    /// </summary>
    [Fact]
    public void SideBySide()
    {
        Assert.True(RealData.Engine.PopulationOrigins.Count > 23 * 10, $"only {RealData.Engine.PopulationOrigins.Count} populated cells");
        foreach (var (name, r) in new[] { ("centroids", Centroids.Value), ("surface", Surface.Value) })
        {
            var c = r.Report.County;
            Assert.Equal(c.Population, c.PtToNearest.Residents, 6);
            Assert.Equal(c.Population, c.DriveToNearest.Within.Single(w => w.Minutes == 30).Residents, 6);
            string Bands(AccessSummary s) => string.Join(", ", s.Within.Select(w => $"{w.Minutes}: {w.Residents:F0}"));
            output.WriteLine($"{name}: PT within {Bands(c.PtToNearest)}; no PT journey {c.ResidentsWithNoPtJourney:F0} ({c.ShareWithNoPtJourney:P1}); " +
                             $"drive within {Bands(c.DriveToNearest)}; mean drive {c.DriveToNearest.MeanMinutes:F2} min; mean PT (no time at cap) {c.PtToNearest.MeanMinutes:F1} min");
            output.WriteLine($"  flags {r.Report.Flags.Count}: {string.Join(", ", r.Report.Flags.GroupBy(f => f.Code).Select(g => $"{g.Key} {g.Count()}"))}");
        }
        var before = Centroids.Value.Report.Flags.Select(f => (f.LsoaCode, f.Code)).ToHashSet();
        var after = Surface.Value.Report.Flags.Select(f => (f.LsoaCode, f.Code)).ToHashSet();
        output.WriteLine($"gained: {string.Join(", ", after.Except(before))}");
        output.WriteLine($"lost: {string.Join(", ", before.Except(after))}");
    }
}
