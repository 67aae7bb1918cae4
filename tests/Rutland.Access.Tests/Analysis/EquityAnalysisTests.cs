using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Analysis;

/// <summary>The equity picture computed from the real travel-time engines on the real data.</summary>
public class EquityAnalysisTests
{
    private static readonly Lazy<EquityAnalysis.Result> Default = new(() =>
        EquityAnalysis.Compute(RealData.Engine, new PtQuery { Date = RealData.Engine.Transit.DefaultDate!.Value }, new EquityThresholds()));

    [Fact]
    public void EveryLsoaHasADriveTimeToEveryHospital()
    {
        var result = Default.Value;
        Assert.Equal(23, result.Access.Count);
        // Rutland 005A's centroid sits inside St George's Barracks, 911 m from a public road: it still gets a time.
        Assert.All(result.Access, a => Assert.All(a.DriveMinutes.Values, m => Assert.NotNull(m)));
        Assert.All(result.Access, a => Assert.InRange(a.NearestDriveMinutes!.Value, 0, 30));
    }

    [Fact]
    public void CountyFiguresConserveThePopulation()
    {
        var report = Default.Value.Report;
        Assert.Equal(RutlandPopulation.Total, report.County.Population, 6);
        Assert.Equal(RutlandPopulation.Total, report.Wards.Sum(w => w.Population), 3);
        Assert.Equal(RutlandPopulation.Total, report.ByImdQuintile.Sum(q => q.Figures.Population), 6);
    }

    [Fact]
    public void FlagsCarryTheirEvidenceAndPtDesertsHaveNoJourney()
    {
        var result = Default.Value;
        Assert.NotEmpty(result.Report.Flags);
        Assert.All(result.Report.Flags, f => Assert.NotEmpty(f.Evidence));
        var access = result.Access.ToDictionary(a => a.LsoaCode);
        foreach (var desert in result.Report.Flags.Where(f => f.Code == EquityFlagCodes.PtDesert))
            Assert.True(access[desert.LsoaCode].HasNoPtJourney);
        // Oakham's LSOAs (E01013799–E01013803) are on the bus network: none of them is a PT desert.
        Assert.DoesNotContain(result.Report.Flags, f => f.Code == EquityFlagCodes.PtDesert && string.CompareOrdinal(f.LsoaCode, "E01013799") >= 0
            && string.CompareOrdinal(f.LsoaCode, "E01013803") <= 0);
    }

    [Fact]
    public void DepartureWindowChangesTheAnswer()
    {
        var engine = RealData.Engine;
        var morning = Default.Value.Access.Count(a => !a.HasNoPtJourney);
        var night = EquityAnalysis.Compute(engine, new PtQuery
        {
            Date = engine.Transit.DefaultDate!.Value, WindowStartSeconds = 22 * 3600, WindowEndSeconds = 23 * 3600 + 59 * 60,
        }, new EquityThresholds()).Access.Count(a => !a.HasNoPtJourney);
        Assert.True(night < morning, $"{night} LSOAs have a late-evening PT journey vs {morning} in the morning");
    }
}
