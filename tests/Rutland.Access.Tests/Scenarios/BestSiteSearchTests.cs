using Rutland.Access.Places;
using Rutland.Access.Scenarios;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>The greedy best-site search against brute force over every pair of a dozen real candidate sites.</summary>
public class BestSiteSearchTests
{
    private static readonly Lazy<ScenarioPlanner> LazyPlanner = new(() => new ScenarioPlanner(RealData.Engine));
    private static ScenarioPlanner Planner => LazyPlanner.Value;

    /// <summary>Rutland's towns and the larger villages: the kind of list a planner would bring.</summary>
    private static readonly string[] Places =
        ["oakham", "uppingham", "ketton", "cottesmore", "empingham", "greetham", "whissendine", "langham", "ryhall", "edith-weston", "lyddington", "market-overton"];

    private static IReadOnlyList<SiteCandidate> Candidates() =>
        Places.Select(id => RealData.Engine.FindPlace(id) ?? throw new InvalidOperationException($"no place {id}"))
              .Select(p => new SiteCandidate(p.Id, p.Location)).ToArray();

    /// <summary>Person-minutes of driving saved by a set of sites, measured through the scenario figures, not the search.</summary>
    private static double PersonMinutesSaved(IEnumerable<SiteCandidate> sites, DriveColumns columns)
    {
        var view = Planner.Apply(new Scenario("sites", sites.Select(s => (IScenarioModification)new AddDestination(s.Id, s.Id, s.Location.Lat, s.Location.Lon)).ToArray()));
        var before = Planner.NearestDriveMinutes(Planner.BaseView, columns);
        var after = Planner.NearestDriveMinutes(view, columns);
        return Planner.Origins.Select((o, i) => before[i] is { } b ? o.Residents * (b - after[i]!.Value) : 0).Sum();
    }

    [Fact]
    public void GreedyPairIsWithinTheBoundOfTheBruteForceOptimum()
    {
        var candidates = Candidates();
        var result = BestSiteSearch.Run(Planner, candidates, 2, SiteObjective.MinimiseMeanDrive);
        var columns = Planner.NewDriveColumns();

        double optimum = 0;
        for (int i = 0; i < candidates.Count; i++)
            for (int j = i + 1; j < candidates.Count; j++)
                optimum = Math.Max(optimum, PersonMinutesSaved([candidates[i], candidates[j]], columns));

        // The search's own value agrees with the scenario figures for the sites it chose.
        Assert.Equal(PersonMinutesSaved(result.Chosen.Select(c => c.Site), columns), result.Value, 6);
        Assert.True(result.Value >= (1 - 1 / Math.E) * optimum, $"greedy {result.Value:F0} vs optimum {optimum:F0}");
        Assert.True(optimum <= result.OptimumAtMost + 1e-6, $"optimum {optimum:F0} above the bound {result.OptimumAtMost:F0}");
        Assert.True(result.DriveAfter.MeanMinutes < result.DriveBefore.MeanMinutes);
    }

    [Fact]
    public void ForOneSiteThePickIsTheBestSingleCandidate()
    {
        var candidates = Candidates();
        var result = BestSiteSearch.Run(Planner, candidates, 1, SiteObjective.MinimiseMeanDrive);
        var columns = Planner.NewDriveColumns();
        var best = candidates.MaxBy(c => PersonMinutesSaved([c], columns))!;
        Assert.Equal(best.Id, result.Chosen.Single().Site.Id);
        Assert.Equal(best.Id, result.Ranked[0].Site.Id);
        Assert.Equal(result.Ranked.Select(r => r.Gain).OrderDescending(), result.Ranked.Select(r => r.Gain));
        Assert.NotEmpty(result.Chosen[0].LsoasFaster);
        Assert.All(result.Chosen[0].LsoasFaster, l => Assert.True(l.DriveMinutesChange < 0));
    }

    [Fact]
    public void TheGridCoversTheCountyAtTheGivenSpacing()
    {
        var grid = SiteGrid.Over(RealData.Engine.Equity.Lsoa11Boundaries, 2000);
        // Rutland is about 382 km²: one point per 4 km², give or take the edges.
        Assert.InRange(grid.Count, 80, 110);
        Assert.Equal(grid.Count, grid.Select(c => c.Id).Distinct().Count());
        Assert.Throws<ScenarioException>(() => SiteGrid.Over(RealData.Engine.Equity.Lsoa11Boundaries, 100));
    }
}
