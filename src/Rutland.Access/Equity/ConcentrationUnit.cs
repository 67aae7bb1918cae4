namespace Rutland.Access.Equity;

/// <summary>One unit in a concentration index: its outcome, its position in the deprivation ordering (ascending =
/// most deprived first, e.g. the national IMD rank) and its weight (residents).</summary>
public readonly record struct ConcentrationUnit(double Outcome, double DeprivationOrder, double Weight);
