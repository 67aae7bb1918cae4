using Rutland.Access.Equity;

namespace Rutland.Access.Analysis;

/// <summary>
/// Whether a flag on an LSOA holds whatever the modelled assumptions (<see cref="Robust"/>: raised at every
/// <see cref="AssumptionLevel"/>) or only at some, listed in <see cref="Levels"/>.
/// </summary>
public sealed record FlagRobustness(string Code, string LsoaCode, bool Robust, IReadOnlyList<AssumptionLevel> Levels)
{
    /// <summary>Every flag raised at any level, in LSOA order, most severe first within an LSOA.</summary>
    /// <param name="flagsByLevel">The flags at each of <see cref="AssumptionLevels.All"/>.</param>
    public static IReadOnlyList<FlagRobustness> Across(IReadOnlyDictionary<AssumptionLevel, IReadOnlyList<EquityFlag>> flagsByLevel)
    {
        var raised = AssumptionLevels.All.ToDictionary(l => l, l => flagsByLevel.TryGetValue(l, out var flags)
            ? flags.Select(f => (f.LsoaCode, f.Code)).ToHashSet()
            : throw new ArgumentException($"no flags for the {l} level", nameof(flagsByLevel)));
        return flagsByLevel.Values.SelectMany(f => f)
            .DistinctBy(f => (f.LsoaCode, f.Code))
            .OrderBy(f => f.LsoaCode, StringComparer.Ordinal).ThenBy(f => f.SeverityRank).ThenBy(f => f.Code, StringComparer.Ordinal)
            .Select(f =>
            {
                var levels = AssumptionLevels.All.Where(l => raised[l].Contains((f.LsoaCode, f.Code))).ToArray();
                return new FlagRobustness(f.Code, f.LsoaCode, levels.Length == AssumptionLevels.All.Count, levels);
            })
            .ToList();
    }
}
