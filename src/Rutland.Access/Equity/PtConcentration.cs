namespace Rutland.Access.Equity;

/// <summary>The concentration index of median PT time to the nearest hospital against IMD rank (negative = the more
/// deprived wait longer), over the LSOAs that have a median; those without one cannot enter a mean and are counted.</summary>
public sealed record PtConcentration(double? Index, int LsoasIncluded, int LsoasWithoutMedian);
