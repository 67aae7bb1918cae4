namespace Rutland.Access.Osm;

/// <summary>
/// Receives elements in file order. Override what you need; the Wants* flags let the reader skip decoding whole groups.
/// </summary>
public abstract class OsmHandler
{
    public virtual bool WantsNodes => true;
    public virtual bool WantsWays => true;
    public virtual bool WantsRelations => true;

    public virtual void Node(OsmNode node) { }
    public virtual void Way(OsmWay way) { }
    public virtual void Relation(OsmRelation relation) { }
}
