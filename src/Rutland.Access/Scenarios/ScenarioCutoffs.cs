namespace Rutland.Access.Scenarios;

/// <summary>Travel-time cutoffs for "residents within N minutes".</summary>
public static class ScenarioCutoffs
{
    /// <summary>The DfT Journey Time Statistics hospital bands (30/45/60, see <see cref="Equity.EquityThresholds"/>) and 15 minutes,
    /// which separates a site in the village from one in the next town.</summary>
    public static readonly IReadOnlyList<int> Default = [15, 30, 45, 60];

    public const int MaxCount = 12;
    public const int MaxMinutes = 240;

    public static IReadOnlyList<int> Validate(IReadOnlyList<int>? cutoffs)
    {
        if (cutoffs is null) return Default;
        if (cutoffs.Count is 0 or > MaxCount || cutoffs.Any(c => c < 1 || c > MaxMinutes))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"'cutoffs' must list 1 to {MaxCount} whole minutes between 1 and {MaxMinutes}.");
        return cutoffs.Distinct().Order().ToArray();
    }
}
