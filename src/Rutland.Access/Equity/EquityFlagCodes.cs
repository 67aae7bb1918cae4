namespace Rutland.Access.Equity;

/// <summary>Stable codes of the equity flags; clients key on these strings, so never rename one. A flag that needs a
/// PT journey treats "no journey" as the worst case, so losing service can raise flags but never clear one.</summary>
public static class EquityFlagCodes
{
    /// <summary>No public-transport journey to any hospital departs in the window. The most severe flag.</summary>
    public const string PtDesert = "PT_DESERT";
    /// <summary>Median PT time to the nearest hospital above <see cref="EquityThresholds.LongPtMinutes"/>, or no median at
    /// all (journeys on too few departures, or none: a <see cref="PtDesert"/> is also LONG_PT).</summary>
    public const string LongPt = "LONG_PT";
    /// <summary>In the worst local quintile of IMD or of geographical barriers, and in the worst local quintile of PT access.</summary>
    public const string DoubleDisadvantage = "DOUBLE_DISADVANTAGE";
    /// <summary>PT time over drive time to the nearest hospital above <see cref="EquityThresholds.CarDependentRatio"/>; with
    /// a drive time but no PT median the ratio is unbounded, so it fires.</summary>
    public const string CarDependent = "CAR_DEPENDENT";
    /// <summary>Share aged 75+ at least <see cref="EquityThresholds.OlderShare75Plus"/> and PT to the nearest hospital longer
    /// than <see cref="EquityThresholds.OlderPtMinutes"/> (or no median at all).</summary>
    public const string OlderPopulationAtRisk = "OLDER_POPULATION_AT_RISK";

    /// <summary>Most severe first: no journey at all is worse than a long one, and both are worse than the relative and
    /// ratio flags built on them. A flag's <see cref="EquityFlag.SeverityRank"/> is its position here (1 = worst).</summary>
    public static readonly IReadOnlyList<string> BySeverity = [PtDesert, LongPt, DoubleDisadvantage, OlderPopulationAtRisk, CarDependent];

    public static int SeverityRank(string code)
    {
        for (int i = 0; i < BySeverity.Count; i++)
            if (BySeverity[i] == code) return i + 1;
        throw new ArgumentException($"unknown flag code '{code}'", nameof(code));
    }
}
