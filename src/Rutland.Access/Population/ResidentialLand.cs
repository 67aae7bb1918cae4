using NetTopologySuite.Geometries;

namespace Rutland.Access.Population;

/// <summary>A mapped building taken as a dwelling: its footprint and where it is (BNG metres, vertex mean).</summary>
public readonly record struct Dwelling(double Easting, double Northing, double FootprintSquareMetres);

/// <summary>
/// Where OSM says people live: dwellings (closed <c>building=*</c> ways that are not obviously something else) and
/// residential land (closed <c>landuse=residential</c> ways, BNG polygons), with notes on what was left out.
/// </summary>
public sealed record ResidentialLand(IReadOnlyList<Dwelling> Dwellings, IReadOnlyList<Polygon> ResidentialAreas, IReadOnlyList<string> Notes);
