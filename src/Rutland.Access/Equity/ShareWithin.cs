namespace Rutland.Access.Equity;

/// <summary>Residents within <see cref="Minutes"/> of the destination, and their share of all residents (DfT JTS's destination
/// indicator); <see cref="Share"/> is null only for an area with no residents.</summary>
public sealed record ShareWithin(int Minutes, double Residents, double? Share);
