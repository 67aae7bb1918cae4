namespace Rutland.Access.Osm;

/// <summary>
/// Reads an OSM extract once for any number of <see cref="IOsmExtractReader"/>s (the car and walk graphs and the
/// residential land at start-up): each element is decoded once and handed to every reader, and every node's location
/// is kept in a <see cref="NodeLocations"/> for the readers to resolve their ways against after the pass. On the Rutland
/// extract one pass replaced four (ways then nodes, for the car graph and again for the walk graph), at the cost of
/// 24 bytes per node of the file.
/// </summary>
public static class OsmExtractRead
{
    public static void Read(string pbfPath, params IOsmExtractReader[] readers)
    {
        var pass = new FanOut(readers);
        PbfReader.Read(pbfPath, pass);
        pass.Finish();
    }

    public static void Read(Stream stream, string sourceName, params IOsmExtractReader[] readers)
    {
        var pass = new FanOut(readers);
        PbfReader.Read(stream, sourceName, pass);
        pass.Finish();
    }

    private sealed class FanOut(IOsmExtractReader[] readers) : OsmHandler
    {
        private readonly NodeLocations _nodes = new();

        public override void Node(OsmNode node) => _nodes.Add(node.Id, node.Lat, node.Lon);

        public override void Way(OsmWay way)
        {
            foreach (var reader in readers) reader.Way(way);
        }

        public override void Relation(OsmRelation relation)
        {
            foreach (var reader in readers) reader.Relation(relation);
        }

        public void Finish()
        {
            _nodes.Seal();
            foreach (var reader in readers) reader.Locate(_nodes);
        }
    }
}
