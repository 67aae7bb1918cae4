namespace Rutland.Access.Equity;

/// <summary>The concentration index of median PT time to the nearest hospital against IMD rank (negative = the more
/// deprived wait longer), over every LSOA: those without a median count at <see cref="NoTimeCountedAsMinutes"/>, as in the
/// means, and are counted here.</summary>
public sealed record PtConcentration(double? Index, int LsoasIncluded, int LsoasCountedAtNoTime, double NoTimeCountedAsMinutes);
