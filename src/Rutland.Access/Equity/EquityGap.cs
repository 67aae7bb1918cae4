using System.Globalization;

namespace Rutland.Access.Equity;

/// <summary>
/// The difference in population-weighted mean time between the most and least deprived local IMD fifths on one measure
/// (e.g. "pt_nearest", "drive:RWD"). The means count every resident, those with no time at
/// <see cref="NoTimeCountedAsMinutes"/>; the residents and shares without a time stand beside them.
/// </summary>
public sealed record EquityGap(
    string Measure,
    double MostDeprivedFifthMinutes,
    double LeastDeprivedFifthMinutes,
    double MostDeprivedFifthWithoutTime,
    double LeastDeprivedFifthWithoutTime,
    double? MostDeprivedFifthShareWithoutTime,
    double? LeastDeprivedFifthShareWithoutTime,
    double NoTimeCountedAsMinutes)
{
    public double GapMinutes => MostDeprivedFifthMinutes - LeastDeprivedFifthMinutes;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Measure}: most deprived fifth waits {Math.Abs(GapMinutes):F1} minutes {(GapMinutes >= 0 ? "longer" : "less")} than least deprived fifth " +
        $"(means over every resident, no time counted as {NoTimeCountedAsMinutes:F0} min; without a time: " +
        $"{100 * MostDeprivedFifthShareWithoutTime ?? 0:F0}% of the most deprived fifth, {100 * LeastDeprivedFifthShareWithoutTime ?? 0:F0}% of the least)");
}
