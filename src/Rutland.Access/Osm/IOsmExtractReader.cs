namespace Rutland.Access.Osm;

/// <summary>
/// One consumer of the single streaming pass over the extract (<see cref="OsmExtractRead"/>): it sees every way and
/// relation as the file delivers them, then, once the pass is over, the location of every node. Ways name their nodes
/// by id and files store nodes before ways, so a reader keeps node ids during the pass and resolves them at the end.
/// </summary>
public interface IOsmExtractReader
{
    /// <summary>Every way, in file order.</summary>
    void Way(OsmWay way);

    /// <summary>Every relation, in file order.</summary>
    void Relation(OsmRelation relation);

    /// <summary>After the pass: where every node of the file lies; called once, after every way and relation.</summary>
    void Locate(NodeLocations nodes);
}
