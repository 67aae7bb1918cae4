using Rutland.Access.Osm;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Osm;

/// <summary>Reads the real Geofabrik Rutland extract (2022-07-20) and checks what is known about it.</summary>
public class RutlandExtractTests(ITestOutputHelper output)
{
    private static readonly string ExtractPath = TestData.Input("osm", "rutland-2022-07-20.osm.pbf");
    private static readonly Lazy<(PbfHeader Header, RecordingHandler Elements)> Extract = new(() =>
    {
        var elements = new RecordingHandler();
        return (PbfReader.Read(ExtractPath, elements), elements);
    });

    [Fact]
    public void HeaderMatchesTheExtractsReadme()
    {
        PbfHeader header = Extract.Value.Header;

        Assert.Equal(["OsmSchema-V0.6", "DenseNodes"], header.RequiredFeatures);
        Assert.Equal(new DateTimeOffset(2022, 7, 20, 20, 21, 45, TimeSpan.Zero), header.ReplicationTimestamp);
        Assert.StartsWith("osmium/", header.WritingProgram);
        var bbox = header.BoundingBox!.Value;
        Assert.Equal(-0.822934, bbox.MinLon, 6);
        Assert.Equal(52.52355, bbox.MinLat, 6);
        Assert.Equal(-0.427654, bbox.MaxLon, 6);
        Assert.Equal(52.76109, bbox.MaxLat, 6);
    }

    [Fact]
    public void ElementCountsAndGeofabrikOrdering()
    {
        RecordingHandler all = Extract.Value.Elements;
        output.WriteLine($"nodes {all.Nodes.Count}, ways {all.Ways.Count}, relations {all.Relations.Count}");

        Assert.Equal(170_885, all.Nodes.Count);
        Assert.Equal(16_730, all.Ways.Count);
        Assert.Equal(287, all.Relations.Count);
        // Geofabrik files are sorted by type, then id: any decoding slip in the delta chains breaks this.
        Assert.All(all.Sequence.Zip(all.Sequence.Skip(1)), pair =>
            Assert.True(pair.First.Type < pair.Second.Type || (pair.First.Type == pair.Second.Type && pair.First.Id < pair.Second.Id),
                $"{pair.First} is followed by {pair.Second}"));
    }

    [Fact]
    public void EveryWayNodeIsInTheFile()
    {
        // Geofabrik extracts keep ways complete, so no way refers to a node missing from the file.
        RecordingHandler all = Extract.Value.Elements;
        var nodeIds = all.Nodes.Select(n => n.Id).ToHashSet();

        Assert.All(all.Ways, way => Assert.All(way.NodeIds, id => Assert.Contains(id, nodeIds)));
    }

    [Fact]
    public void NodesOutsideWaysLieInsideTheBoundingBox()
    {
        // Nodes completing a way may lie outside the cut; nodes selected on their own must lie inside it.
        (PbfHeader header, RecordingHandler all) = Extract.Value;
        var bbox = header.BoundingBox!.Value;
        var wayNodeIds = all.Ways.SelectMany(w => w.NodeIds).ToHashSet();
        const double RoundingMargin = 1e-7;

        var standalone = all.Nodes.Where(n => !wayNodeIds.Contains(n.Id)).ToList();
        Assert.NotEmpty(standalone);
        Assert.All(standalone, n =>
        {
            Assert.InRange(n.Lon, bbox.MinLon - RoundingMargin, bbox.MaxLon + RoundingMargin);
            Assert.InRange(n.Lat, bbox.MinLat - RoundingMargin, bbox.MaxLat + RoundingMargin);
        });
    }

    [Fact]
    public void RutlandMemorialHospitalIsAClosedWayWithItsTags()
    {
        OsmWay hospital = Extract.Value.Elements.Ways.Single(w => w.Id == 890260749);

        Assert.Equal("Rutland Memorial Hospital", hospital.Tags["name"]);
        Assert.Equal("hospital", hospital.Tags["amenity"]);
        Assert.Equal("hospital", hospital.Tags["healthcare"]);
        Assert.Equal("LE15 6NT", hospital.Tags["addr:postcode"]);
        Assert.Equal(29, hospital.NodeIds.Length);
        Assert.Equal(hospital.NodeIds[0], hospital.NodeIds[^1]);
    }

    [Fact]
    public void DelaineBusRouteHasItsStopsAndWays()
    {
        OsmRelation route = Extract.Value.Elements.Relations.Single(r => r.Id == 4590662);

        Assert.Equal("route", route.Tags["type"]);
        Assert.Equal("bus", route.Tags["route"]);
        Assert.Equal("Delaine", route.Tags["operator"]);
        Assert.Equal("201", route.Tags["ref"]);
        Assert.Equal(130, route.Members.Length);
        Assert.Equal(5, route.Members.Count(m => m.Type == OsmElementType.Node));
        Assert.Equal(125, route.Members.Count(m => m.Type == OsmElementType.Way));
        Assert.All(route.Members.Where(m => m.Type == OsmElementType.Node), m => Assert.Contains(m.Role, new[] { "stop", "platform" }));
    }

    [Fact]
    public void WaysOnlyHandlerGetsEveryWayAndNothingElse()
    {
        var waysOnly = new WaysOnlyRecorder();
        PbfReader.Read(ExtractPath, waysOnly);

        Assert.Empty(waysOnly.Nodes);
        Assert.Empty(waysOnly.Relations);
        Assert.Equal(Extract.Value.Elements.Ways.Select(w => w.Id), waysOnly.Ways.Select(w => w.Id));
    }

    private sealed class WaysOnlyRecorder : OsmHandler
    {
        public List<OsmNode> Nodes { get; } = new();
        public List<OsmWay> Ways { get; } = new();
        public List<OsmRelation> Relations { get; } = new();
        public override bool WantsNodes => false;
        public override bool WantsRelations => false;
        public override void Node(OsmNode node) => Nodes.Add(node);
        public override void Way(OsmWay way) => Ways.Add(way);
        public override void Relation(OsmRelation relation) => Relations.Add(relation);
    }
}
