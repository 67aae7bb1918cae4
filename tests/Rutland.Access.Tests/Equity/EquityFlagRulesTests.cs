using Rutland.Access.Equity;
using static Rutland.Access.Tests.Equity.EquityCase;

namespace Rutland.Access.Tests.Equity;

public class EquityFlagRulesTests
{
    [Fact]
    public void PtDesertFiresOnlyWhenNoJourneyDepartsInTheWindow()
    {
        var flags = Flags(new EquityCase("E01000001", PtMinutes: null, ShareReachable: 0),
                          new EquityCase("E01000002", PtMinutes: null, ShareReachable: 0.05));
        Assert.Contains(EquityFlagCodes.PtDesert, CodesOn(flags, "E01000001"));
        Assert.DoesNotContain(EquityFlagCodes.PtDesert, CodesOn(flags, "E01000002"));
        // A trickle of journeys with no median is long, not a desert.
        Assert.Contains(EquityFlagCodes.LongPt, CodesOn(flags, "E01000002"));
    }

    [Fact]
    public void NoJourneyIsTheWorstCaseForEveryPtFlagAndRanksFirst()
    {
        var desert = new EquityCase("E01000001", PtMinutes: null, ShareReachable: 0, DriveMinutes: 10, Total: 1_000, Aged75Plus: 200);
        var flags = Flags(desert);
        // PT_DESERT, and every flag that needs a PT time treats "none" as the longest: LONG_PT, CAR_DEPENDENT, OLDER_POPULATION_AT_RISK
        // (a lone LSOA is also in the worst local quintile of everything, hence DOUBLE_DISADVANTAGE); most severe first.
        Assert.Equal(EquityFlagCodes.BySeverity, flags.Select(f => f.Code));
        Assert.Equal([1, 2, 3, 4, 5], flags.Select(f => f.SeverityRank));
        Assert.True(EquityFlagCodes.SeverityRank(EquityFlagCodes.PtDesert) < EquityFlagCodes.SeverityRank(EquityFlagCodes.LongPt));
        var carDependent = flags.Single(f => f.Code == EquityFlagCodes.CarDependent);
        Assert.Contains(new FlagEvidence("best_share_of_window_reachable", 0), carDependent.Evidence);
        Assert.DoesNotContain(carDependent.Evidence, e => e.Name == "pt_to_drive_ratio");
    }

    [Fact]
    public void LongPtFiresAboveSixtyMinutesAndNotAtSixty()
    {
        var flags = Flags(new EquityCase("E01000001", PtMinutes: 60.5, DriveMinutes: 30),
                          new EquityCase("E01000002", PtMinutes: 60, DriveMinutes: 30));
        var fired = Assert.Single(flags, f => f.Code == EquityFlagCodes.LongPt);
        Assert.Equal("E01000001", fired.LsoaCode);
        Assert.Contains(new FlagEvidence("pt_p50_nearest_minutes", 60.5), fired.Evidence);
        Assert.Contains(new FlagEvidence("threshold_minutes", 60), fired.Evidence);
    }

    [Fact]
    public void CarDependentFiresAboveThreeTimesTheDrive()
    {
        var flags = Flags(new EquityCase("E01000001", PtMinutes: 61, DriveMinutes: 20),
                          new EquityCase("E01000002", PtMinutes: 60, DriveMinutes: 20));
        var fired = Assert.Single(flags, f => f.Code == EquityFlagCodes.CarDependent);
        Assert.Equal("E01000001", fired.LsoaCode);
        Assert.Contains(new FlagEvidence("pt_to_drive_ratio", 3.05), fired.Evidence);
    }

    [Fact]
    public void CarDependentThresholdIsConfigurable()
    {
        var flags = Flags(new EquityThresholds { CarDependentRatio = 2 }, new EquityCase("E01000001", PtMinutes: 45, DriveMinutes: 20));
        Assert.Contains(EquityFlagCodes.CarDependent, CodesOn(flags, "E01000001"));
    }

    [Fact]
    public void OlderPopulationAtRiskNeedsBothManyOver75sAndLongPt()
    {
        var flags = Flags(new EquityCase("E01000001", PtMinutes: 46, Total: 1_000, Aged75Plus: 150),
                          new EquityCase("E01000002", PtMinutes: 46, Total: 1_000, Aged75Plus: 149),
                          new EquityCase("E01000003", PtMinutes: 45, Total: 1_000, Aged75Plus: 150));
        var fired = Assert.Single(flags, f => f.Code == EquityFlagCodes.OlderPopulationAtRisk);
        Assert.Equal("E01000001", fired.LsoaCode);
        Assert.Contains(new FlagEvidence("share_aged_75_plus", 0.15), fired.Evidence);
    }

    // Five LSOAs, so each local quintile holds one: E01000001 is the most deprived by IMD, E01000005 by geographical barriers.
    private static EquityCase[] FiveLsoas(double? ptOf1, double? ptOf2, double? ptOf5) =>
    [
        new("E01000001", ImdRank: 100, BarriersRank: 9_000, PtMinutes: ptOf1),
        new("E01000002", ImdRank: 200, BarriersRank: 8_000, PtMinutes: ptOf2),
        new("E01000003", ImdRank: 300, BarriersRank: 7_000, PtMinutes: 20),
        new("E01000004", ImdRank: 400, BarriersRank: 6_000, PtMinutes: 10),
        new("E01000005", ImdRank: 500, BarriersRank: 100, PtMinutes: ptOf5),
    ];

    [Fact]
    public void DoubleDisadvantageFiresOnWorstImdAndLongPt()
    {
        var fired = Assert.Single(Flags(FiveLsoas(ptOf1: 61, ptOf2: 40, ptOf5: 30)), f => f.Code == EquityFlagCodes.DoubleDisadvantage);
        Assert.Equal("E01000001", fired.LsoaCode);
        Assert.Contains(new FlagEvidence("imd_local_quintile", 1), fired.Evidence);
        Assert.Contains(new FlagEvidence("threshold_minutes", 60), fired.Evidence);
    }

    [Fact]
    public void DoubleDisadvantageFiresOnWorstGeographicalBarriersAndNoPtJourney()
    {
        var fired = Assert.Single(Flags(FiveLsoas(ptOf1: 30, ptOf2: 40, ptOf5: null)), f => f.Code == EquityFlagCodes.DoubleDisadvantage);
        Assert.Equal("E01000005", fired.LsoaCode);
    }

    [Fact]
    public void DoubleDisadvantageNeedsBothDeprivationAndLongPt()
    {
        // Near misses: the most deprived LSOAs are exactly at the threshold or quicker, and the longest PT is in the second IMD quintile.
        Assert.DoesNotContain(Flags(FiveLsoas(ptOf1: 60, ptOf2: 90, ptOf5: 30)), f => f.Code == EquityFlagCodes.DoubleDisadvantage);
    }

    [Fact]
    public void DoubleDisadvantageDoesNotDependOnOtherAreasService()
    {
        // Cutting service elsewhere (E01000002 loses its journey) cannot clear the flag, as a PT quintile could.
        var before = Flags(FiveLsoas(ptOf1: 61, ptOf2: 40, ptOf5: 30)).Where(f => f.Code == EquityFlagCodes.DoubleDisadvantage).Select(f => f.LsoaCode);
        var after = Flags(FiveLsoas(ptOf1: 61, ptOf2: null, ptOf5: 30)).Where(f => f.Code == EquityFlagCodes.DoubleDisadvantage).Select(f => f.LsoaCode);
        Assert.Equal(before, after);
    }

    [Fact]
    public void MissingDeprivationIsAnErrorNotASilentSkip()
    {
        var known = new EquityCase("E01000001");
        var ex = Assert.Throws<ArgumentException>(() => EquityFlagRules.Evaluate(
            [known.Access, new EquityCase("E01000009").Access],
            new Dictionary<string, LsoaPopulation> { ["E01000001"] = known.Population, ["E01000009"] = known.Population },
            new Dictionary<string, LsoaDeprivation> { ["E01000001"] = known.Deprivation },
            new EquityThresholds()));
        Assert.Contains("E01000009", ex.Message);
    }
}
