namespace Rutland.Access.Equity;

/// <summary>An LSOA (2011) whose overlay majority ward is not a ward the official best-fit lookups give it
/// (via its 2021 successor LSOAs; a split LSOA can have several).</summary>
public sealed record BestFitDisagreement(string Lsoa11Code, string OverlayWardCode, double OverlayShare, IReadOnlyList<string> LookupWardCodes);
