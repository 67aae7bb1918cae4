using Rutland.Access.Equity;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Equity;

public class RutlandEquityReportTests
{
    // Made-up access (the travel-time engines are not wired in): drive 10 minutes plus 1 per km east of Oakham's
    // meridian, PT three times that, and no PT at all from the two most easterly centroids.
    private static IReadOnlyList<LsoaAccessInput> MadeUpAccess() =>
        RutlandLayers.Value.Lsoa11Centroids.Select(c =>
        {
            double drive = 10 + Math.Abs(c.Bng.X - 486_000) / 1000;
            bool noBus = c.Bng.X > 500_000;
            return new LsoaAccessInput(c.Lsoa11Code,
                new Dictionary<string, double?> { ["H"] = drive },
                new Dictionary<string, PtAccess> { ["H"] = noBus ? new(null, 0) : new(3 * drive, 1) });
        }).ToList();

    [Fact]
    public void WardsQuintilesAndLsoasEachAddUpToTheCounty()
    {
        var report = EquityReportBuilder.Build(MadeUpAccess(), RutlandLayers.Value, new AreaWeightedApportioner(), new EquityThresholds());
        Assert.Equal(RutlandPopulation.Total, report.County.Population, 9);
        Assert.InRange(report.Wards.Sum(w => w.Population), RutlandPopulation.Total - 1, RutlandPopulation.Total + 1);
        Assert.Equal(15, report.Wards.Count);
        Assert.Equal(RutlandPopulation.Total, report.ByImdQuintile.Sum(q => q.Figures.Population), 9);
        Assert.Equal([5, 5, 4, 5, 4], report.ByImdQuintile.Select(q => q.LsoaCodes.Count));
        Assert.Equal(report.County.Aged75Plus, report.Wards.Sum(w => w.Aged75Plus), 6);
        // E01013804 (E 503.7 km) and E01013805 (E 500.6 km) are the only centroids east of E 500 km.
        Assert.Equal(["E01013804", "E01013805"], report.Flags.Where(f => f.Code == EquityFlagCodes.PtDesert).Select(f => f.LsoaCode));
    }
}
