using NetTopologySuite.Geometries;
using Rutland.Access.Geo;

namespace Rutland.Access.Equity;

/// <summary>ONS population-weighted centroid of an LSOA (2011): where travel times for its residents start.</summary>
public sealed record PopulationWeightedCentroid(string Lsoa11Code, LatLon Position, Point Bng);
