namespace Rutland.Access.Equity;

/// <summary>Residents whose time to the nearest destination exceeds <see cref="Minutes"/> or who have no time at all.</summary>
public sealed record ResidentsBeyond(int Minutes, double All, double Aged65Plus, double Aged75Plus);
