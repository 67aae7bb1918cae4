namespace Rutland.Access.Osm;

/// <summary>An OSM way: its node ids in order (a closed way repeats the first id at the end).</summary>
public sealed record OsmWay(long Id, long[] NodeIds, IReadOnlyDictionary<string, string> Tags);
