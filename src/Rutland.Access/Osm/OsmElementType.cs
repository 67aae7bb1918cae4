namespace Rutland.Access.Osm;

/// <summary>The three OpenStreetMap element kinds; the values match the PBF <c>MemberType</c> enum.</summary>
public enum OsmElementType
{
    Node = 0,
    Way = 1,
    Relation = 2,
}
