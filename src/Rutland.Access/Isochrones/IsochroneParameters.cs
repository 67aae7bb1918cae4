namespace Rutland.Access.Isochrones;

/// <summary>
/// Every number that shapes an isochrone, in one place. Polygons are contoured from a travel-time grid in British
/// National Grid metres (see <see cref="TravelTimeField"/>), so each mode has a walk-off distance and a grid spacing
/// that fit together: walk-off = several cells. Those two are the mode's own (<see cref="Routing.ModeRegistry"/>).
/// </summary>
public static class IsochroneParameters
{
    /// <summary>
    /// A contour interpolates its crossings from times up to 60 s past its cutoff, and every search runs 60 s past the
    /// largest cutoff asked for, so each cutoff reads the same times whatever else the request asks (see
    /// <see cref="MarchingSquares"/>). Along a reached road the time changes by seconds per cell (50 m at 30 mph is
    /// 3.7 s; 20 m on foot at 4.8 km/h is 15 s), so a neighbour more than a minute later lies across a gap, not further
    /// along the road, and its time says nothing about where the buffer ends. A minute more of search is cheap.
    /// </summary>
    public const float CrossingHorizonSeconds = 60;

    /// <summary>Cutoffs are whole minutes, 1–120: two hours covers the county and its four hospitals many times over.</summary>
    public const int MinCutoffMinutes = 1, MaxCutoffMinutes = 120;

    /// <summary>At most 6 cutoffs per request: more bands than a map legend can tell apart, and each costs a contour.</summary>
    public const int MaxCutoffs = 6;

    /// <summary>At most 50 locations per request: every hospital, surgery and pharmacy in and around Rutland fits.</summary>
    public const int MaxLocations = 50;

    /// <summary>
    /// Requests are cached by location rounded to 1e-4 degree (11 m north–south, 7 m east–west at 52.6° N): below
    /// the accuracy of a click on a web map, and the isochrone is computed from the rounded point so a cached answer
    /// equals a fresh one.
    /// </summary>
    public const int LocationDecimals = 4;

    /// <summary>
    /// 24 cached isochrone sets. The 15/30/45-min drive set from Oakham holds 23,900 outline points (unsimplified, so
    /// that each cutoff's area is its own), kept in BNG and WGS84 as NTS geometries: ~3.2 MB a set on the managed heap
    /// with a Coordinate object a point (2.5 MB measured over 19 sets of 18,500 points, scaled by points), less since
    /// they are packed (<see cref="PackedOutlines"/>), so the cache stays under ~80 MB of the 400 MB memory budget while a
    /// map session flicking between a couple of dozen clicked points still hits it.
    /// </summary>
    public const int CacheEntries = 24;

    /// <summary>
    /// And at most 600,000 outline points over all cached sets: 25 of that drive set. Points, not sets, are what fill
    /// memory: a 20–120-minute set of six cutoffs on the 20–25 m walk and cycle grids holds several times a short
    /// drive's points, and 24 of them took the API's resident memory to 494 MB (walk) and 695 MB (cycle) before this bound.
    /// Packing the points saved 21 MB of heap with the cache full at this bound (after 23 such cycle sets: 91 MB heap
    /// after a full GC with Coordinate objects, 70 MB packed).
    /// </summary>
    public const long CachePoints = 600_000;

    /// <summary>
    /// A travel-time grid is filled on several threads only with at least 5,000 reached edges per thread: below that
    /// (a short walk) a second thread and a second grid to merge cost more than they save.
    /// </summary>
    public const int MinReachedEdgesPerThread = 5_000;

    /// <summary>
    /// Public-transport isochrones count a place reached at the median (50th percentile) of departures over the window
    /// by default: reached on a typical departure, neither the luckiest connection nor the worst wait.
    /// </summary>
    public const int DefaultPtPercentile = 50;
}
