namespace Rutland.Access.Equity;

/// <summary>Every threshold behind the equity figures and flags, in one place. Defaults and why:</summary>
public sealed record EquityThresholds
{
    /// <summary>Cutoffs for the share of residents within N minutes: DfT Journey Time Statistics' destination indicators
    /// report the share of users within 15, 30, 45 and 60 minutes (JTS notes and definitions 2019), so figures here
    /// compare with the national series.</summary>
    public IReadOnlyList<int> BandsMinutes { get; init; } = [15, 30, 45, 60];

    /// <summary>Means and medians count every resident: one with no time (no road route; by PT no median over the window)
    /// counts at this many minutes, and longer times are capped at it, so losing a journey can never shorten a mean.
    /// 180 minutes is the JTS morning window (07:00–10:00, Routing.PtDefaults) itself: no journey through it is at least as bad as waiting it
    /// out. A stated convention, not a travel time: read the means beside the shares within each cutoff.</summary>
    public double NoTimeMinutes { get; init; } = 180;

    /// <summary>LONG_PT: median PT time to the nearest hospital above this. 60 minutes is the longest JTS band —
    /// beyond it DfT treats a hospital as not reasonably reachable by public transport.</summary>
    public double LongPtMinutes { get; init; } = 60;

    /// <summary>CAR_DEPENDENT: PT time over drive time to the nearest hospital above this. A judgement, not a standard:
    /// at 3× a typical 20-minute Rutland drive to Oakham or Stamford becomes an hour by bus, the LONG_PT line.</summary>
    public double CarDependentRatio { get; init; } = 3;

    /// <summary>OLDER_POPULATION_AT_RISK: share of residents aged 75+ at or above this. England's mid-2020 share was
    /// about 8.5% (ONS mid-year estimates) and Rutland's 12.3%; 15% (≈1.75× England) marks LSOAs old even for Rutland.</summary>
    public double OlderShare75Plus { get; init; } = 0.15;

    /// <summary>OLDER_POPULATION_AT_RISK: median PT time to the nearest hospital above this. Lower than LONG_PT because
    /// the 45-minute JTS band is a long trip for frail residents, who also cannot walk far to a stop.</summary>
    public double OlderPtMinutes { get; init; } = 45;
}
