using Rutland.Access.Equity;

namespace Rutland.Access.Tests.Equity;

public class StatisticsTests
{
    [Fact]
    public void ConcentrationIndexMatchesAHandComputedFiveUnitExample()
    {
        // Most deprived first, equal weights: r = 0.1, 0.3, 0.5, 0.7, 0.9; h = 50, 40, 30, 20, 10; μ = 30.
        // cov = [20·(−0.4) + 10·(−0.2) + 0 + (−10)·0.2 + (−20)·0.4] / 5 = −20/5 = −4, so CI = 2·(−4)/30 = −0.2667.
        var units = new[] { (1, 50.0), (2, 40.0), (3, 30.0), (4, 20.0), (5, 10.0) }
            .Select(u => new ConcentrationUnit(u.Item2, u.Item1, Weight: 100)).ToArray();
        Assert.Equal(-8.0 / 30, ConcentrationIndex.Compute(units), 12);
        // Reversing the outcomes reverses the sign; the input order does not matter.
        var reversed = units.Select(u => u with { Outcome = 60 - u.Outcome }).Reverse().ToArray();
        Assert.Equal(8.0 / 30, ConcentrationIndex.Compute(reversed), 12);
    }

    [Fact]
    public void ConcentrationIndexUsesWeightedFractionalRanks()
    {
        // Weights 1 and 3: r = 0.5/4 = 0.125 and (1 + 1.5)/4 = 0.625, mean r = 0.5; μ = (10 + 3·20)/4 = 17.5.
        // cov = [1·(−7.5)(−0.375) + 3·(2.5)(0.125)] / 4 = (2.8125 + 0.9375)/4 = 0.9375; CI = 2·0.9375/17.5.
        var units = new[] { new ConcentrationUnit(10, 1, 1), new ConcentrationUnit(20, 2, 3) };
        Assert.Equal(2 * 0.9375 / 17.5, ConcentrationIndex.Compute(units), 12);
    }

    [Fact]
    public void EqualOutcomesGiveAZeroConcentrationIndex()
    {
        var units = Enumerable.Range(1, 5).Select(i => new ConcentrationUnit(25, i, i)).ToArray();
        Assert.Equal(0, ConcentrationIndex.Compute(units), 12);
    }

    [Fact]
    public void QuintilesOfTwentyThreeSplitFiveFiveFourFiveFour()
    {
        var severity = Enumerable.Range(1, 23).ToDictionary(i => $"L{i}", i => (double)i);
        var quintiles = LocalQuintiles.Assign(severity);
        Assert.Equal(new[] { 5, 5, 4, 5, 4 }, Enumerable.Range(1, 5).Select(q => quintiles.Values.Count(v => v == q)));
        Assert.Equal(1, quintiles["L23"]);
        Assert.Equal(5, quintiles["L1"]);
    }

    [Fact]
    public void TiedUnitsShareAQuintile()
    {
        // Three tied most-severe units all get quintile 1; the next has 3 more severe → ⌊5·3/5⌋+1 = 4.
        var quintiles = LocalQuintiles.Assign(new Dictionary<string, double> { ["a"] = 9, ["b"] = 9, ["c"] = 9, ["d"] = 5, ["e"] = 1 });
        Assert.Equal(new[] { 1, 1, 1, 4, 5 }, new[] { "a", "b", "c", "d", "e" }.Select(k => quintiles[k]));
    }

    [Fact]
    public void AggregationCountsEveryResidentAndPutsThoseWithoutATimeAtTheCap()
    {
        var a = new EquityCase("A", PtMinutes: 20, DriveMinutes: 10, Total: 300, Aged65Plus: 30, Aged75Plus: 10);
        var b = new EquityCase("B", PtMinutes: null, ShareReachable: 0, DriveMinutes: 40, Total: 100, Aged65Plus: 50, Aged75Plus: 20);
        var figures = AccessAggregator.Aggregate("W", [new(a.Access, a.Population, 1), new(b.Access, b.Population, 0.5)], new EquityThresholds());
        Assert.Equal(350, figures.Population);
        Assert.Equal((300 * 10 + 50 * 40) / 350.0, figures.DriveToNearest.MeanMinutes!.Value, 12);
        // PT: the 50 residents of B with no journey count at 180 minutes, never dropped from the mean.
        Assert.Equal((300 * 20 + 50 * 180) / 350.0, figures.PtToNearest.MeanMinutes!.Value, 12);
        Assert.Equal(20, figures.PtToNearest.MedianMinutes);
        Assert.Equal(180, figures.PtToNearest.NoTimeCountedAsMinutes);
        Assert.Equal(50, figures.PtToNearest.ResidentsWithoutTime, 12);
        Assert.Equal(50.0 / 350, figures.PtToNearest.ShareWithoutTime!.Value, 12);
        Assert.Equal(50, figures.ResidentsWithNoPtJourney, 12);
        Assert.Equal(50.0 / 350, figures.ShareWithNoPtJourney!.Value, 12);
        Assert.Equal([15, 30, 45, 60], figures.PtToNearest.Within.Select(w => w.Minutes));
        Assert.Equal(new ShareWithin(15, 0, 0), figures.PtToNearest.Within[0]);
        Assert.Equal(new ShareWithin(30, 300, 300.0 / 350), figures.PtToNearest.Within[1]);
        Assert.Equal(new ShareWithin(30, 300, 300.0 / 350), figures.DriveToNearest.Within[1]);
        Assert.Equal(350, figures.DriveToNearest.Within[2].Residents, 12);
        Assert.Equal(new ShareWithin(30, 10, 10.0 / 20), figures.PtToNearestAged75Plus.Within[1]);
    }

    [Fact]
    public void SummaryCapsLongTimesSoLosingAJourneyNeverShortensTheMean()
    {
        var cutoffs = new[] { 30 };
        var before = AccessSummary.Summarise([new(100, 200), new(100, 10)], cutoffs, noTimeMinutes: 180);
        var after = AccessSummary.Summarise([new(100, null), new(100, 10)], cutoffs, noTimeMinutes: 180);
        Assert.Equal(95, before.MeanMinutes);
        Assert.Equal(before.MeanMinutes, after.MeanMinutes);
        Assert.Equal((0, 100), (before.ResidentsWithoutTime, after.ResidentsWithoutTime));
        Assert.Equal(0.5, after.ShareWithoutTime);
        Assert.Equal(0.5, after.Within.Single().Share);
    }

    [Fact]
    public void WeightedMedianIsTheMiddleResidentsTime()
    {
        var s = AccessSummary.Summarise([new(10, 50), new(30, 5), new(25, null), new(0, 1)], [15], noTimeMinutes: 120);
        // Sorted: 5 (30 residents), 50 (10), 120 (25): the 33rd of 65 residents is in the 50-minute group.
        Assert.Equal(50, s.MedianMinutes);
        Assert.Equal((30 * 5 + 10 * 50 + 25 * 120) / 65.0, s.MeanMinutes!.Value, 12);
    }

    [Fact]
    public void AnAreaWithNoResidentsHasNoSharesAndNoMean()
    {
        var s = AccessSummary.Summarise([new(0, 10)], [15], noTimeMinutes: 180);
        Assert.Null(s.MeanMinutes);
        Assert.Null(s.Within.Single().Share);
        Assert.Null(s.ShareWithoutTime);
    }
}
