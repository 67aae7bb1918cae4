using Rutland.Access.Equity;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// The equity analysis at each assumption level (<see cref="AssumptionLevels"/>) and how robust each flag is across
/// them. The central level is exactly the default answer.
/// </summary>
public sealed record EquityUncertainty(AssumptionLevels Assumptions, IReadOnlyList<EquityUncertainty.Level> Levels, IReadOnlyList<FlagRobustness> Flags)
{
    /// <param name="Values">Each assessed assumption's value at this level, by name.</param>
    public sealed record Level(AssumptionLevel Name, IReadOnlyDictionary<string, double> Values, EquityAnalysis.Result Result);

    /// <param name="central">The default (central) analysis when the caller has it already.</param>
    public static EquityUncertainty Compute(AccessEngine engine, PtQuery query, EquityThresholds thresholds, EquityAnalysis.Result? central = null)
    {
        var assumptions = engine.Assumptions.Levels;
        // The low and high networks are built on first use, side by side; later calls find them kept.
        var results = new EquityAnalysis.Result[AssumptionLevels.All.Count];
        Parallel.For(0, results.Length, i => results[i] = AssumptionLevels.All[i] == AssumptionLevel.Central && central is not null
            ? central
            : EquityAnalysis.Compute(engine, query, thresholds, level: AssumptionLevels.All[i]));
        var levels = AssumptionLevels.All.Select((l, i) => new Level(l, assumptions.ValuesAt(l), results[i])).ToArray();
        return new EquityUncertainty(assumptions, levels, FlagRobustness.Across(levels.ToDictionary(l => l.Name, l => l.Result.Report.Flags)));
    }
}
