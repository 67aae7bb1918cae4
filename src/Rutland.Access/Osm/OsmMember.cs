namespace Rutland.Access.Osm;

/// <summary>One member of a relation: what it refers to and the role it plays (empty when none).</summary>
public readonly record struct OsmMember(OsmElementType Type, long Id, string Role);
