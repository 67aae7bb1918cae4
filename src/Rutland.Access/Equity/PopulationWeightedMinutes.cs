namespace Rutland.Access.Equity;

/// <summary>A population-weighted mean travel time over the residents who have a time at all, and how many do not.</summary>
public sealed record PopulationWeightedMinutes(double? MeanMinutes, double ResidentsWithTime, double ResidentsWithoutTime);
