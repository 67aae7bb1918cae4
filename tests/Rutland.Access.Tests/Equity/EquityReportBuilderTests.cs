using Rutland.Access.Equity;

namespace Rutland.Access.Tests.Equity;

public class EquityReportBuilderTests
{
    // Five LSOAs, most deprived first, 100 residents each; PT time falls as deprivation falls.
    private static readonly EquityCase[] Cases =
    [
        new("E01000001", ImdRank: 100, PtMinutes: 50, DriveMinutes: 20, Total: 100),
        new("E01000002", ImdRank: 200, PtMinutes: 40, DriveMinutes: 20, Total: 100),
        new("E01000003", ImdRank: 300, PtMinutes: 30, DriveMinutes: 20, Total: 100),
        new("E01000004", ImdRank: 400, PtMinutes: 20, DriveMinutes: 20, Total: 100),
        new("E01000005", ImdRank: 500, PtMinutes: 10, DriveMinutes: 15, Total: 100),
    ];

    // E01000003 is split 40/60 between the two wards.
    private static readonly LsoaWardShares Wards = new(new Dictionary<string, IReadOnlyDictionary<string, double>>
    {
        ["E01000001"] = new Dictionary<string, double> { ["E05000001"] = 1 },
        ["E01000002"] = new Dictionary<string, double> { ["E05000001"] = 1 },
        ["E01000003"] = new Dictionary<string, double> { ["E05000001"] = 0.4, ["E05000002"] = 0.6 },
        ["E01000004"] = new Dictionary<string, double> { ["E05000002"] = 1 },
        ["E01000005"] = new Dictionary<string, double> { ["E05000002"] = 1 },
    });

    private static EquityReport Build(EquityCase[] cases) => EquityReportBuilder.Build(
        cases.Select(c => c.Access).ToList(), cases.Select(c => c.Population).ToList(),
        cases.Select(c => c.Deprivation).ToList(), Wards, new EquityThresholds());

    [Fact]
    public void GapsAreMostMinusLeastDeprivedFifthRankedLargestFirst()
    {
        var report = Build(Cases);
        // 40-minute PT gaps before 5-minute drive gaps; equal gaps in ordinal order of measure.
        Assert.Equal(["pt:H", "pt_nearest", "drive:H", "drive_nearest"], report.RankedGaps.Select(g => g.Measure));
        var pt = report.RankedGaps.Single(g => g.Measure == "pt_nearest");
        Assert.Equal(40, pt.GapMinutes);
        Assert.StartsWith("pt_nearest: most deprived fifth waits 40.0 minutes longer than least deprived fifth (means over every resident, " +
                          "no time counted as 180 min; without a time: 0% of the most deprived fifth, 0% of the least)", pt.Describe());
        Assert.Equal(5, report.RankedGaps.Single(g => g.Measure == "drive_nearest").GapMinutes);
    }

    [Fact]
    public void ConcentrationIndexOfPtTimeIsNegativeWhenTheDeprivedWaitLonger()
    {
        var ci = Build(Cases).PtConcentration;
        Assert.Equal(-8.0 / 30, ci.Index!.Value, 12);
        Assert.Equal((5, 0), (ci.LsoasIncluded, ci.LsoasCountedAtNoTime));
    }

    [Fact]
    public void WardsConserveResidentsAndSplitLsoasByShare()
    {
        var report = Build(Cases);
        Assert.Equal(report.County.Population, report.Wards.Sum(w => w.Population), 9);
        var ward1 = report.Wards.Single(w => w.AreaCode == "E05000001");
        Assert.Equal(240, ward1.Population, 9);
        Assert.Equal((100 * 50 + 100 * 40 + 40 * 30) / 240.0, ward1.PtToNearest.MeanMinutes!.Value, 9);
    }

    [Fact]
    public void AnLsoaWithoutAccessInputIsAnError()
    {
        var ex = Assert.Throws<ArgumentException>(() => EquityReportBuilder.Build(
            Cases[..4].Select(c => c.Access).ToList(), Cases.Select(c => c.Population).ToList(),
            Cases.Select(c => c.Deprivation).ToList(), Wards, new EquityThresholds()));
        Assert.Contains("E01000005", ex.Message);
    }
}
