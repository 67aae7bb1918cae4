namespace Rutland.Access.Equity;

/// <summary>The ward an LSOA (2021) best fits, per the ONS best-fit lookup.</summary>
public sealed record Lsoa21Ward(string Lsoa21Code, string WardCode, string WardName);
