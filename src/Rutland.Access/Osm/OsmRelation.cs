namespace Rutland.Access.Osm;

/// <summary>An OSM relation: its members in order. Members may refer to elements outside an extract.</summary>
public sealed record OsmRelation(long Id, OsmMember[] Members, IReadOnlyDictionary<string, string> Tags);
