namespace Rutland.Access.Equity;

/// <summary>Stable codes of the equity flags; clients key on these strings, so never rename one.</summary>
public static class EquityFlagCodes
{
    /// <summary>No public-transport journey to any hospital departs in the window.</summary>
    public const string PtDesert = "PT_DESERT";
    /// <summary>Median PT time to the nearest hospital above <see cref="EquityThresholds.LongPtMinutes"/>, or PT journeys
    /// exist but on too few departures to have a median. Not raised on a <see cref="PtDesert"/>, which says more.</summary>
    public const string LongPt = "LONG_PT";
    /// <summary>In the worst local quintile of IMD or of geographical barriers, and in the worst local quintile of PT access.</summary>
    public const string DoubleDisadvantage = "DOUBLE_DISADVANTAGE";
    /// <summary>PT time over drive time to the nearest hospital above <see cref="EquityThresholds.CarDependentRatio"/>.
    /// Needs both times; without a PT median, <see cref="PtDesert"/> or <see cref="LongPt"/> says it.</summary>
    public const string CarDependent = "CAR_DEPENDENT";
    /// <summary>Share aged 75+ at least <see cref="EquityThresholds.OlderShare75Plus"/> and PT to the nearest hospital longer
    /// than <see cref="EquityThresholds.OlderPtMinutes"/> (or no median at all).</summary>
    public const string OlderPopulationAtRisk = "OLDER_POPULATION_AT_RISK";
}
