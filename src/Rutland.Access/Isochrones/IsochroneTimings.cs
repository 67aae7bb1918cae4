namespace Rutland.Access.Isochrones;

/// <summary>
/// Where the time of one isochrone set went: the shortest-path search, the polygon step (gridding reached edges,
/// contouring, assembling, reprojecting to WGS84; GraphHopper #1458 found this to be the bottleneck, so it
/// is measured on its own, with <see cref="Steps"/> breaking it down) and apportioning population.
/// </summary>
public sealed record IsochroneTimings(TimeSpan Search, TimeSpan Polygons, TimeSpan Population)
{
    public PolygonStepTimings? Steps { get; init; }

    public TimeSpan Total => Search + Polygons + Population;
}
