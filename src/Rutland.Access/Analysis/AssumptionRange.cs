namespace Rutland.Access.Analysis;

/// <summary>
/// One modelled assumption: its low, central and high values, what it changes, and where each value comes from.
/// <see cref="Name"/> is the stable key answers use (camelCase).
/// </summary>
public sealed record AssumptionRange(string Name, double Low, double Central, double High, string Unit, string AppliesTo, string Source)
{
    public double At(AssumptionLevel level) => level switch
    {
        AssumptionLevel.Low => Low,
        AssumptionLevel.Central => Central,
        AssumptionLevel.High => High,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not an assumption level"),
    };

    /// <summary>Low ≤ central ≤ high, all finite: a range that is not would make "low" and "high" mean nothing.</summary>
    public AssumptionRange Checked() => double.IsFinite(Low) && double.IsFinite(High) && Low <= Central && Central <= High
        ? this
        : throw new InvalidOperationException($"assumption '{Name}': low {Low}, central {Central}, high {High} are not in order");
}
