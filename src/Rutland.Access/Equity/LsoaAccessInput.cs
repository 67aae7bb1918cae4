namespace Rutland.Access.Equity;

/// <summary>
/// Travel times from one LSOA (from its population-weighted centroid) to each destination, keyed by destination id:
/// drive minutes (null = no route) and public-transport access. The travel-time engines fill this; the equity
/// figures are pure functions of it.
/// </summary>
public sealed record LsoaAccessInput(
    string LsoaCode,
    IReadOnlyDictionary<string, double?> DriveMinutes,
    IReadOnlyDictionary<string, PtAccess> PublicTransport)
{
    public double? NearestDriveMinutes => DriveMinutes.Values.Min();

    /// <summary>The shortest median PT time over all destinations; null when no destination has a median.</summary>
    public double? NearestPtMinutes => PublicTransport.Values.Select(p => p.P50Minutes).Min();

    public double BestShareOfWindowReachable =>
        PublicTransport.Values.Select(p => p.ShareOfWindowReachable).DefaultIfEmpty(0).Max();

    /// <summary>No public-transport journey to any destination departs in the window.</summary>
    public bool HasNoPtJourney => BestShareOfWindowReachable == 0;
}
