namespace Rutland.Access.Osm;

/// <summary>Reads a PBF for an <see cref="ITwoPassOsmReader"/> on its own: ways and relations, then nodes.</summary>
public static class TwoPassOsmRead
{
    public static void Read(string pbfPath, ITwoPassOsmReader reader)
    {
        PbfReader.Read(pbfPath, new FirstPass(reader));
        PbfReader.Read(pbfPath, new SecondPass(reader));
    }

    private sealed class FirstPass(ITwoPassOsmReader reader) : OsmHandler
    {
        public override bool WantsNodes => false;
        public override void Way(OsmWay way) => reader.Way(way);
        public override void Relation(OsmRelation relation) => reader.Relation(relation);
    }

    private sealed class SecondPass(ITwoPassOsmReader reader) : OsmHandler
    {
        public override bool WantsWays => false;
        public override bool WantsRelations => false;
        public override void Node(OsmNode node) => reader.Node(node);
    }
}
