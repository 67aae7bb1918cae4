using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Analysis;

/// <summary>The equity picture at the three assumption levels, on the real data and the default window.</summary>
public class EquityUncertaintyTests
{
    private static readonly PtQuery Query = new() { Date = RealData.Engine.Transit.DefaultDate!.Value };
    private static readonly Lazy<EquityUncertainty> Levels = new(() => EquityUncertainty.Compute(RealData.Engine, Query, new EquityThresholds()));

    private static AreaAccessFigures County(AssumptionLevel level) => Levels.Value.Levels.Single(l => l.Name == level).Result.Report.County;

    public static TheoryData<string> OffNetworkHospitals => ["melton", "peterborough"];

    /// <summary>The detour factor only lengthens drives beyond the extract from low to high: capped means rise, shares within
    /// each cutoff fall.</summary>
    [Theory]
    [MemberData(nameof(OffNetworkHospitals))]
    public void DriveFiguresBeyondTheExtractOrderLowCentralHigh(string hospital)
    {
        var (low, central, high) = (County(AssumptionLevel.Low).DriveByDestination[hospital], County(AssumptionLevel.Central).DriveByDestination[hospital],
            County(AssumptionLevel.High).DriveByDestination[hospital]);
        Assert.True(low.MeanMinutes < central.MeanMinutes && central.MeanMinutes < high.MeanMinutes,
            $"{hospital}: means {low.MeanMinutes:F2} / {central.MeanMinutes:F2} / {high.MeanMinutes:F2}");
        for (int k = 0; k < central.Within.Count; k++)
            Assert.True(low.Within[k].Residents >= central.Within[k].Residents && central.Within[k].Residents >= high.Within[k].Residents,
                $"{hospital} within {central.Within[k].Minutes}: {low.Within[k].Residents} / {central.Within[k].Residents} / {high.Within[k].Residents}");
    }

    /// <summary>
    /// The assumptions reach every PT figure. The bus factor alone need not order them (each modelled bus keeps its
    /// departure from its first stop, so a slower bus can be caught by residents who would have missed the quicker one),
    /// but with the on-demand zones serving the whole county the pick-up wait and ride factor dominate: the county PT
    /// mean to the nearest hospital rises from low to high.
    /// </summary>
    [Fact]
    public void PtFiguresChangeAcrossTheLevels()
    {
        var means = AssumptionLevels.All.Select(l => County(l).PtToNearest.MeanMinutes!.Value).ToArray();
        Assert.True(means[0] < means[1] && means[1] < means[2], $"PT to the nearest, capped means {means[0]:F2} / {means[1]:F2} / {means[2]:F2}");
        // Drives to on-network hospitals do not depend on any assessed assumption.
        Assert.Equal(JsonSerializer.Serialize(County(AssumptionLevel.Low).DriveByDestination["rmh"]),
            JsonSerializer.Serialize(County(AssumptionLevel.High).DriveByDestination["rmh"]));
    }

    [Fact]
    public void RobustFlagsHoldAtEveryLevelAndTheOthersSayWhere()
    {
        var flags = Levels.Value.Levels.ToDictionary(l => l.Name, l => l.Result.Report.Flags.Select(f => (f.LsoaCode, f.Code)).ToHashSet());
        Assert.NotEmpty(Levels.Value.Flags);
        Assert.Contains(Levels.Value.Flags, f => f.Robust);
        foreach (var f in Levels.Value.Flags)
        {
            var holds = AssumptionLevels.All.Where(l => flags[l].Contains((f.LsoaCode, f.Code))).ToArray();
            Assert.Equal(holds, f.Levels);
            Assert.Equal(holds.Length == 3, f.Robust);
            Assert.NotEmpty(holds);
        }
        Assert.Equal(flags.Values.SelectMany(x => x).Distinct().Count(), Levels.Value.Flags.Count);
    }

    [Fact]
    public void TheCentralLevelIsTheDefaultAnswer()
    {
        var standard = EquityAnalysis.Compute(RealData.Engine, Query, new EquityThresholds());
        var central = Levels.Value.Levels.Single(l => l.Name == AssumptionLevel.Central).Result;
        Assert.Equal(JsonSerializer.Serialize(standard.Report), JsonSerializer.Serialize(central.Report));
        Assert.Equal(new Dictionary<string, double>
            {
                ["busRunTimeFactor"] = 1.4, ["offNetworkDetourFactor"] = RealData.Engine.CarCircuity.MedianFactor,
                ["onDemandPickupWaitMinutes"] = 15, ["onDemandRideFactor"] = 1.4,
            },
            Levels.Value.Levels.Single(l => l.Name == AssumptionLevel.Central).Values);
    }
}
