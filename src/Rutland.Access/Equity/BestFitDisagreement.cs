namespace Rutland.Access.Equity;

/// <summary>An LSOA whose overlay majority ward is none of the wards the official best-fit lookups give it (a 2011
/// LSOA split in 2021 can have several, via its successors).</summary>
public sealed record BestFitDisagreement(string LsoaCode, string OverlayWardCode, double OverlayShare, IReadOnlyList<string> LookupWardCodes);
