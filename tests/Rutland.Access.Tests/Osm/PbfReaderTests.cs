using Rutland.Access.Data;
using Rutland.Access.Osm;

namespace Rutland.Access.Tests.Osm;

/// <summary>Decoding hand-made files whose every value is known, one encoding feature at a time.</summary>
public class PbfReaderTests
{
    private static RecordingHandler ReadAll(byte[] file, out PbfHeader header)
    {
        var handler = new RecordingHandler();
        header = PbfReader.Read(new MemoryStream(file), "fixture.osm.pbf", handler);
        return handler;
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void DenseNodesApplyDeltasGranularityOffsetsAndTags(bool zlib, bool packed)
    {
        // Granularity 1000 nanodegrees per unit around (52°N, 1°W): latitude = 52 + raw * 1e-6 degrees.
        var block = new PrimitiveBlockBuilder { Granularity = 1000, LatOffset = 52_000_000_000, LonOffset = -1_000_000_000, Packed = packed, WithUnknownFields = true }
            .DenseNodes(withDenseInfo: true,
                (100, 650_000, 300_000, [("amenity", "hospital"), ("name", "Rutland Memorial Hospital")]),
                (40, 600_000, 250_000, []),
                (7, -10_000, 400_000, [("highway", "bus_stop")]),
                (8, 0, 0, []));
        var nodes = ReadAll(new PbfTestWriter().Header().Data(block, zlib ? PbfTestWriter.Compression.Zlib : PbfTestWriter.Compression.Raw).ToArray(), out _).Nodes;

        Assert.Equal([100L, 40, 7, 8], nodes.Select(n => n.Id));
        Assert.Equal([52.65, 52.6, 51.99, 52.0], nodes.Select(n => Math.Round(n.Lat, 9)));
        Assert.Equal([-0.7, -0.75, -0.6, -1.0], nodes.Select(n => Math.Round(n.Lon, 9)));
        Assert.Equal("Rutland Memorial Hospital", nodes[0].Tags["name"]);
        Assert.Equal("hospital", nodes[0].Tags["amenity"]);
        Assert.Equal(2, nodes[0].Tags.Count);
        Assert.Equal(new Dictionary<string, string> { ["highway"] = "bus_stop" }, nodes[2].Tags);
        Assert.Empty(nodes[1].Tags);
        Assert.Same(nodes[1].Tags, nodes[3].Tags);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PlainNodesWaysAndRelationsArriveInFileOrder(bool packed)
    {
        var nodes = new PrimitiveBlockBuilder { Packed = packed, WithUnknownFields = true }
            .Nodes((5, 526_500_000, -7_250_000, [("place", "town"), ("name", "Oakham")]), (6, 526_000_000, -7_000_000, []));
        var ways = new PrimitiveBlockBuilder { Packed = packed, WithUnknownFields = true }
            .Ways((20, [6, 5, 900, 6], [("highway", "residential")]), (21, [5, 6], []));
        var relations = new PrimitiveBlockBuilder { Packed = packed, WithUnknownFields = true }
            .Relations((30, [new(OsmElementType.Node, 5, "stop"), new(OsmElementType.Way, 21, ""), new(OsmElementType.Relation, 29, "subroute"), new(OsmElementType.Way, 20, "")],
                [("type", "route"), ("route", "bus")]));
        byte[] file = new PbfTestWriter().Header()
            .Data(nodes, PbfTestWriter.Compression.Raw).Data(ways).Data(relations, PbfTestWriter.Compression.Raw).ToArray();

        var all = ReadAll(file, out _);

        Assert.Equal([(OsmElementType.Node, 5L), (OsmElementType.Node, 6), (OsmElementType.Way, 20), (OsmElementType.Way, 21), (OsmElementType.Relation, 30)], all.Sequence);
        Assert.Equal(52.65, all.Nodes[0].Lat, 9);
        Assert.Equal(-0.725, all.Nodes[0].Lon, 9);
        Assert.Equal("Oakham", all.Nodes[0].Tags["name"]);
        Assert.Equal([6L, 5, 900, 6], all.Ways[0].NodeIds);
        Assert.Equal("residential", all.Ways[0].Tags["highway"]);
        Assert.Same(all.Nodes[1].Tags, all.Ways[1].Tags);
        Assert.Equal([new OsmMember(OsmElementType.Node, 5, "stop"), new(OsmElementType.Way, 21, ""), new(OsmElementType.Relation, 29, "subroute"), new(OsmElementType.Way, 20, "")],
            all.Relations[0].Members);
        Assert.Equal("route", all.Relations[0].Tags["type"]);
    }

    [Fact]
    public void HeaderReportsFeaturesProgramTimestampAndBoundingBox()
    {
        byte[] file = new PbfTestWriter()
            .Header(writingProgram: "test-writer", replicationTimestamp: 1_658_348_505,
                bboxNanodegrees: (-822_934_000, -427_654_000, 52_761_090_000, 52_523_550_000), compression: PbfTestWriter.Compression.Zlib)
            .ToArray();

        ReadAll(file, out PbfHeader header);

        Assert.Equal(["OsmSchema-V0.6", "DenseNodes"], header.RequiredFeatures);
        Assert.Empty(header.OptionalFeatures);
        Assert.Equal("test-writer", header.WritingProgram);
        Assert.Equal(new DateTimeOffset(2022, 7, 20, 20, 21, 45, TimeSpan.Zero), header.ReplicationTimestamp);
        var bbox = header.BoundingBox!.Value;
        Assert.Equal(-0.822934, bbox.MinLon, 9);
        Assert.Equal(52.52355, bbox.MinLat, 9);
        Assert.Equal(-0.427654, bbox.MaxLon, 9);
        Assert.Equal(52.76109, bbox.MaxLat, 9);
    }

    [Fact]
    public void HeaderWithoutOptionalFieldsLeavesThemNull()
    {
        ReadAll(new PbfTestWriter().Header().ToArray(), out PbfHeader header);

        Assert.Null(header.WritingProgram);
        Assert.Null(header.ReplicationTimestamp);
        Assert.Null(header.BoundingBox);
    }

    [Fact]
    public void UnwantedGroupsAreNotDecoded()
    {
        // The node group is broken (its tag key indexes past the string table); a reader that decoded it would fail.
        var brokenNodes = new PrimitiveBlockBuilder().Nodes((1, 0, 0, [("k", "v")]));
        byte[] nodeBlock = brokenNodes.ToBytes();
        byte[] file = new PbfTestWriter().Header()
            .Blob("OSMData", PbfTestWriter.RawBlob(BreakStringTable(nodeBlock)))
            .Data(new PrimitiveBlockBuilder().Ways((2, [1], [("highway", "track")])))
            .ToArray();

        var waysOnly = new WaysOnlyHandler();
        PbfReader.Read(new MemoryStream(file), "fixture.osm.pbf", waysOnly);
        Assert.Equal(1, waysOnly.Ways);

        var ex = Assert.Throws<DataFileException>(() => ReadAll(file, out _));
        Assert.Contains("string index", ex.Message);
    }

    [Fact]
    public void UnknownBlobTypesAreSkipped()
    {
        byte[] file = new PbfTestWriter().Header()
            .Blob("OSMIndex", PbfTestWriter.RawBlob([0xFF, 0xFF]))
            .Data(new PrimitiveBlockBuilder().Ways((2, [1], [])))
            .ToArray();

        Assert.Equal([(OsmElementType.Way, 2L)], ReadAll(file, out _).Sequence);
    }

    /// <summary>Empties the string table (field 1 is written first, as a 2-byte-framed message) so tag indexes dangle.</summary>
    private static byte[] BreakStringTable(byte[] block)
    {
        Assert.Equal(0x0A, block[0]);
        int tableLength = block[1];
        return [0x0A, 0x00, .. block.AsSpan(2 + tableLength)];
    }

    private sealed class WaysOnlyHandler : OsmHandler
    {
        public int Ways { get; private set; }
        public override bool WantsNodes => false;
        public override bool WantsRelations => false;
        public override void Node(OsmNode node) => throw new InvalidOperationException("nodes were not wanted");
        public override void Way(OsmWay way) => Ways++;
    }
}
