namespace Rutland.Access.Equity;

/// <summary>
/// Residents who share one travel time: today an LSOA (or its share in a ward) at its population-weighted centroid;
/// any other origin (a population-surface cell) fits the same shape. <see cref="Minutes"/> null = no time at all
/// (no road route; by public transport no median over the window).
/// </summary>
public readonly record struct ResidentMinutes(double Residents, double? Minutes);
