using Rutland.Access.Geo;

namespace Rutland.Access.Places;

/// <summary>
/// An origin of trips. Settlement ids are slugs of their OSM names (<c>oakham</c>, <c>market-overton</c>); LSOA
/// ids are their 2011 GSS codes. <see cref="Population"/> is the ONS count for LSOAs and, for settlements (no
/// village-level counts exist), an estimate from the population surface (<c>Population.SettlementPopulation</c>).
/// </summary>
public sealed record Place(string Id, string Name, PlaceType Type, LatLon Location, string? Lsoa, string? Ward, int? Population);
