using Rutland.Access.Routing;

namespace Rutland.Access.Isochrones;

/// <summary>
/// What a public-transport isochrone is taken over: the departure window and service date, changes and access walk
/// (<see cref="PtQuery"/>), and the percentile of each stop's travel times over the window that counts as "reached".
/// </summary>
public sealed record PtIsochroneOptions(PtQuery Query, int Percentile)
{
    /// <summary>
    /// Everything that changes the answer, for the cache key: every <see cref="PtQuery"/> field but those an isochrone
    /// does not read (its percentiles, arrive-by and appointment, legs). <c>PtIsochroneKeyTests</c> fails on a new field.
    /// </summary>
    public string Key => FormattableString.Invariant(
        $"{Query.Date:yyyy-MM-dd}|{Query.WindowStartSeconds}-{Query.WindowEndSeconds}|p{Percentile}|x{Query.MaxTransfers}|t{Query.MinTransferSeconds}|w{Query.MaxWalkMeters}|v{Query.WalkSpeedKmh}|s{Query.Seed}|m{(int)Query.Modes}");
}
