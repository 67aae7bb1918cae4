using Rutland.Access.Scenarios;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>
/// Removing service can only make access worse: on the real timetables, random sets of routes removed through the
/// scenario machinery never raise a share within a cutoff, never shorten a mean or median, never lower the residents
/// without a time, and never clear a flag.
/// </summary>
public class ServiceRemovalPropertyTests
{
    private static readonly Lazy<ScenarioPlanner> LazyPlanner = new(() => new ScenarioPlanner(RealData.Engine));
    private static ScenarioPlanner Planner => LazyPlanner.Value;
    private const int Subsets = 24, Seed = 20250902;

    [Fact]
    public void RandomRouteRemovalsNeverImproveAnyFigureOrClearAFlag()
    {
        var routes = Planner.BaseView.Timetable!.Routes.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(Seed);
        var scenarios = Enumerable.Range(0, Subsets).Select(i =>
        {
            var removed = routes.Where(_ => random.Next(2) == 0).ToArray();
            if (removed.Length == 0) removed = [routes[random.Next(routes.Length)]];
            return new Scenario($"s{i}: without routes #{string.Join(" #", removed.Select(id => Array.IndexOf(routes, id)))} (in id order)",
                removed.Select(IScenarioModification (id) => new RemoveRoute(id)).ToArray());
        }).ToArray();
        var outcomes = scenarios.Chunk(ScenarioPlanner.MaxScenarios).SelectMany(batch => Planner.Compare(batch).Scenarios).ToArray();

        Assert.Equal(Subsets, outcomes.Length);
        foreach (var o in outcomes) AssertNoImprovement(o);
        // Not vacuous: some subset takes someone's journey away.
        Assert.Contains(outcomes, o => o.VersusBaseline.Pt!.ResidentsWithoutTime > 0);
        Assert.Contains(outcomes, o => o.VersusBaseline.FlagsGained.Count > 0);
    }

    [Fact]
    public void RemovingEveryRouteMakesPublicTransportWorse()
    {
        // The issue's request, on today's feed: every route removed.
        var ids = Planner.BaseView.Timetable!.Routes.Select(r => r.Id).ToArray();
        var outcome = Planner.Compare([new Scenario("s", ids.Select(IScenarioModification (id) => new RemoveRoute(id)).ToArray())]).Scenarios[0];

        AssertNoImprovement(outcome);
        var pt = outcome.VersusBaseline.Pt!;
        Assert.True(pt.MeanMinutes > 0, $"mean {pt.MeanMinutes}");
        // With no route left only walks remain: most of the county has no PT time, so the median sits at the cap.
        Assert.Equal(ScenarioPlanner.Thresholds.NoTimeMinutes, outcome.Figures.Pt!.MedianMinutes);
        Assert.True(pt.ResidentsWithoutTime > 0);
        Assert.True(pt.MedianMinutes > 0, $"median {pt.MedianMinutes}");
        Assert.True(outcome.VersusBaseline.Pt.Within.Single(c => c.Minutes == 60).All < 0);
        Assert.Empty(outcome.VersusBaseline.FlagsLost);
        Assert.NotEmpty(outcome.VersusBaseline.FlagsGained);
    }

    private static void AssertNoImprovement(ScenarioOutcome o)
    {
        string name = o.Figures.Name;
        var pt = o.VersusBaseline.Pt!;
        const double Tolerance = 1e-9;
        foreach (var c in pt.Within)
        {
            Assert.True(c.All <= 0 && c.Aged65Plus <= 0 && c.MostDeprived <= 0, $"{name}: {c}");
            Assert.True(c.Share <= Tolerance && c.ShareAged65Plus <= Tolerance && c.ShareMostDeprived <= Tolerance, $"{name}: {c}");
        }
        Assert.True(pt.MeanMinutes >= -Tolerance, $"{name}: mean {pt.MeanMinutes}");
        Assert.True(pt.MedianMinutes >= -Tolerance, $"{name}: median {pt.MedianMinutes}");
        Assert.True(pt.ResidentsWithoutTime >= 0, $"{name}: without time {pt.ResidentsWithoutTime}");
        Assert.True(o.VersusBaseline.FlagsLost.Count == 0,
            $"{name} clears {string.Join(", ", o.VersusBaseline.FlagsLost.Select(f => $"{f.Code}@{f.LsoaCode}"))}");
        foreach (var l in o.VersusBaseline.ChangedLsoas)
            Assert.True(l.PtMinutesFirst is null || l.PtMinutesFirst >= l.PtMinutesSecond, $"{name}: {l.Lsoa} {l.PtMinutesSecond} → {l.PtMinutesFirst} min");
        Assert.Equal(0, o.VersusBaseline.Drive.MeanMinutes);
    }
}
