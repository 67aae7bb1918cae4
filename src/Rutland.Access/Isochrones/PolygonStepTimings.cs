namespace Rutland.Access.Isochrones;

/// <summary>
/// The polygon step of an isochrone set, part by part: the travel-time grid from the reached edges, contouring every
/// cutoff (and dropping collinear vertices), assembling and checking the polygons, and reprojecting them to WGS84.
/// </summary>
public sealed record PolygonStepTimings(TimeSpan Grid, TimeSpan Contours, TimeSpan Assemble, TimeSpan Reproject);
