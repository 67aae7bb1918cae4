using Rutland.Access.Geo;
using Rutland.Access.Routing;

namespace Rutland.Access.Isochrones;

/// <summary>
/// Isochrones around one or more locations (a multi-source search seeded at all of them). Forward: the areas reached
/// from the locations within each cutoff; <see cref="Reverse"/>: the areas from which a location is reached (a
/// catchment). Cutoffs are whole minutes. Public transport (forward only) needs <see cref="Transit"/>.
/// </summary>
public sealed record IsochroneRequest(IReadOnlyList<LatLon> Locations, TravelMode Mode, IReadOnlyList<int> Cutoffs, bool Reverse)
{
    /// <summary>The departure window and percentile of a timetabled (public-transport) isochrone; null for the free-flow modes.</summary>
    public PtIsochroneOptions? Transit { get; init; }

    /// <summary>
    /// The same request with locations rounded to <see cref="IsochroneParameters.LocationDecimals"/> and cutoffs sorted
    /// and distinct: what is computed and cached, so that nearby clicks share one answer.
    /// </summary>
    public IsochroneRequest Normalised() => this with
    {
        Locations = Locations.Select(p => new LatLon(Math.Round(p.Lat, IsochroneParameters.LocationDecimals),
            Math.Round(p.Lon, IsochroneParameters.LocationDecimals))).Distinct().ToArray(),
        Cutoffs = Cutoffs.Distinct().Order().ToArray(),
    };

    /// <summary>A cache key naming everything that changes the answer.</summary>
    public string Key => FormattableString.Invariant(
        $"{Mode}|{(Reverse ? "reverse" : "forward")}|{string.Join(",", Cutoffs)}|{string.Join(";", Locations)}|{Transit?.Key}");
}
