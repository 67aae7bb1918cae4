namespace Rutland.Access.Osm;

/// <summary>
/// A reader that needs ways (and relations) first, then only the nodes those ways use: the shape of the road graph's
/// own two passes, so such a reader can ride along them instead of reading the file again
/// (see <see cref="TwoPassOsmRead"/> for reading it on its own).
/// </summary>
public interface ITwoPassOsmReader
{
    /// <summary>First pass: every way, in file order.</summary>
    void Way(OsmWay way);

    /// <summary>First pass: every relation, in file order (after all ways).</summary>
    void Relation(OsmRelation relation);

    /// <summary>Second pass: every node, in file order; by then every way and relation has been seen.</summary>
    void Node(OsmNode node);
}
