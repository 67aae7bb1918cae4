using Rutland.Access.Osm;

namespace Rutland.Access.Tests.Osm;

/// <summary>Keeps every element it is given, and the order of their kinds, for tests to inspect.</summary>
internal sealed class RecordingHandler : OsmHandler
{
    public List<OsmNode> Nodes { get; } = new();
    public List<OsmWay> Ways { get; } = new();
    public List<OsmRelation> Relations { get; } = new();
    /// <summary>Every element's type and id in the order delivered.</summary>
    public List<(OsmElementType Type, long Id)> Sequence { get; } = new();

    public override void Node(OsmNode node)
    {
        Nodes.Add(node);
        Sequence.Add((OsmElementType.Node, node.Id));
    }

    public override void Way(OsmWay way)
    {
        Ways.Add(way);
        Sequence.Add((OsmElementType.Way, way.Id));
    }

    public override void Relation(OsmRelation relation)
    {
        Relations.Add(relation);
        Sequence.Add((OsmElementType.Relation, relation.Id));
    }
}
