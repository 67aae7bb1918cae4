namespace Rutland.Access.Osm;

/// <summary>An OSM node in WGS84 degrees. Untagged nodes all share one empty <see cref="Tags"/> instance.</summary>
public sealed record OsmNode(long Id, double Lat, double Lon, IReadOnlyDictionary<string, string> Tags);
