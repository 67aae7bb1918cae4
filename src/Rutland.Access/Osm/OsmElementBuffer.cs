namespace Rutland.Access.Osm;

/// <summary>
/// Collects one block's elements on a worker thread, with the target handler's Wants* choices, so that they can be
/// replayed to the target on the reading thread in file order.
/// </summary>
internal sealed class OsmElementBuffer(OsmHandler target) : OsmHandler
{
    private readonly List<object> _elements = new();

    public override bool WantsNodes { get; } = target.WantsNodes;
    public override bool WantsWays { get; } = target.WantsWays;
    public override bool WantsRelations { get; } = target.WantsRelations;

    public override void Node(OsmNode node) => _elements.Add(node);
    public override void Way(OsmWay way) => _elements.Add(way);
    public override void Relation(OsmRelation relation) => _elements.Add(relation);

    public void ReplayToTarget()
    {
        foreach (object element in _elements)
        {
            switch (element)
            {
                case OsmNode node: target.Node(node); break;
                case OsmWay way: target.Way(way); break;
                case OsmRelation relation: target.Relation(relation); break;
            }
        }
    }
}
