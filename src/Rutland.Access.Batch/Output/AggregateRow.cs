namespace Rutland.Access.Batch.Output;

/// <summary>
/// Access to the nearest destination of one scenario, by mode and window, for all origins
/// (<see cref="ImdQuintile"/> null) and for each national IMD 2019 quintile (1 = most deprived fifth), at one cutoff.
/// Residents are counted where known (LSOA origins); unreachable origins count as beyond every cutoff.
/// </summary>
public sealed class AggregateRow
{
    public string Scenario { get; set; } = "";
    public string Mode { get; set; } = "";
    public string? Window { get; set; }
    public int? ImdQuintile { get; set; }
    public int CutoffMinutes { get; set; }
    public int Origins { get; set; }
    public int OriginsBeyond { get; set; }
    public long Population { get; set; }
    public long PopulationBeyond { get; set; }
    public long PopulationUnreachable { get; set; }
    /// <summary>Mean minutes to the nearest destination over reachable residents; null when none is reachable or no count is known.</summary>
    public double? PopulationWeightedMinutes { get; set; }
}
