namespace Rutland.Access.Equity;

/// <summary>
/// One origin of the equity figures: access from one place where residents live (a population-surface cell, or an
/// LSOA's centroid) as part of its LSOA (<see cref="WeightedLsoa.Share"/> of the LSOA's residents), and how its
/// residents divide among wards (a cell lies in one; a centroid stands for its LSOA's area overlay).
/// </summary>
public sealed record OriginUnit(WeightedLsoa Member, IReadOnlyDictionary<string, double> WardShares);
