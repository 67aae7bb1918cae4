namespace Rutland.Access.Equity;

/// <summary>Access of the residents of one local IMD quintile (1 = most deprived fifth of the study area's LSOAs).</summary>
public sealed record ImdQuintileAccess(int Quintile, IReadOnlyList<string> LsoaCodes, AreaAccessFigures Figures);
