using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Routing;

namespace Rutland.Access.Scenarios;

/// <summary>
/// A scenario comparison at each assumption level (<see cref="AssumptionLevels"/>), each level's scenarios applied to that
/// level's base view, and how robust each flag is across the levels: the baseline's and each scenario's flags, and the
/// flags each scenario gains and loses. The central level is exactly the default comparison.
/// </summary>
public sealed record ScenarioUncertainty(AssumptionLevels Assumptions, IReadOnlyList<ScenarioUncertainty.Level> Levels,
    IReadOnlyList<FlagRobustness> BaselineFlags, IReadOnlyList<ScenarioUncertainty.ScenarioFlags> Scenarios)
{
    public sealed record Level(AssumptionLevel Name, IReadOnlyDictionary<string, double> Values, ScenarioComparison Comparison);

    /// <summary>One scenario's flags, and those it gains and loses against the baseline, across the levels.</summary>
    public sealed record ScenarioFlags(string Name, IReadOnlyList<FlagRobustness> Flags, IReadOnlyList<FlagRobustness> Gained,
        IReadOnlyList<FlagRobustness> Lost);

    /// <param name="central">The default (central) comparison when the caller has it already.</param>
    public static ScenarioUncertainty Compare(ScenarioPlanner planner, IReadOnlyList<Scenario> scenarios, IReadOnlyList<int>? cutoffs,
        PtQuery? ptQuery, ScenarioComparison? central = null, CancellationToken cancellationToken = default)
    {
        var assumptions = planner.Engine.Assumptions.Levels;
        var comparisons = new ScenarioComparison[AssumptionLevels.All.Count];
        Parallel.For(0, comparisons.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => comparisons[i] =
            AssumptionLevels.All[i] == AssumptionLevel.Central && central is not null
                ? central
                : planner.Compare(scenarios, cutoffs, ptQuery, AssumptionLevels.All[i], cancellationToken));
        var levels = AssumptionLevels.All.Select((l, i) => new Level(l, assumptions.ValuesAt(l), comparisons[i])).ToArray();

        IReadOnlyList<FlagRobustness> Across(Func<ScenarioComparison, IReadOnlyList<EquityFlag>?> flags) =>
            FlagRobustness.Across(levels.ToDictionary(l => l.Name, l => flags(l.Comparison) ?? []));
        var perScenario = scenarios.Select((s, k) => new ScenarioFlags(s.Name,
            Across(c => c.Scenarios[k].Figures.Flags),
            Across(c => c.Scenarios[k].VersusBaseline.FlagsGained),
            Across(c => c.Scenarios[k].VersusBaseline.FlagsLost))).ToArray();
        return new ScenarioUncertainty(assumptions, levels, Across(c => c.Baseline.Flags), perScenario);
    }
}
