using NetTopologySuite.Geometries;

namespace Rutland.Access.Isochrones;

/// <summary>
/// The area within one cutoff: its polygon in British National Grid (for measuring) and WGS84 (for output), its area
/// and the residents inside it.
/// </summary>
public sealed record Isochrone(int CutoffMinutes, Geometry Bng, Geometry Wgs84, double AreaKm2, PopulationCount Population);
