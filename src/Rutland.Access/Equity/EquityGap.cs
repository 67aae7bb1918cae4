using System.Globalization;

namespace Rutland.Access.Equity;

/// <summary>
/// The difference in population-weighted mean time between the most and least deprived local IMD fifths on one measure
/// (e.g. "pt_nearest", "drive:RWD"). Means cover residents with a time; those without one are reported beside them.
/// </summary>
public sealed record EquityGap(
    string Measure,
    double MostDeprivedFifthMinutes,
    double LeastDeprivedFifthMinutes,
    double MostDeprivedFifthWithoutTime,
    double LeastDeprivedFifthWithoutTime)
{
    public double GapMinutes => MostDeprivedFifthMinutes - LeastDeprivedFifthMinutes;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Measure}: most deprived fifth waits {Math.Abs(GapMinutes):F1} minutes {(GapMinutes >= 0 ? "longer" : "less")} than least deprived fifth");
}
