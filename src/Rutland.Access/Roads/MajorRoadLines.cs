using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Simplify;
using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>One OSM way of the road network drawn as lines (WGS84), for a basemap.</summary>
public sealed record RoadLine(long WayId, RoadClass Class, Geometry Line);

/// <summary>
/// The major roads of a graph as map lines: edges of the given classes or more important, one undirected segment per
/// node pair (a two-way road is two edges), merged into the longest lines per way and lightly simplified. A basemap
/// drawn from the very graph that routes shows exactly the roads the answers use.
/// </summary>
public static class MajorRoadLines
{
    // 0.00005° is ~5.6 m north–south and ~3.4 m east–west at Rutland's latitude: below a pixel at county zooms.
    private const double SimplifyToleranceDegrees = 0.00005;

    public static IReadOnlyList<RoadLine> Build(RoadGraph graph, RoadClass leastImportant)
    {
        var seen = new HashSet<(int, int)>();
        var segmentsByWay = new Dictionary<long, (RoadClass Class, List<LineString> Segments)>();
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            if (graph.EdgeClass[e] > leastImportant) continue;
            int a = graph.EdgeSource[e], b = graph.EdgeTarget[e];
            if (!seen.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            long way = graph.EdgeWayId[e];
            if (!segmentsByWay.TryGetValue(way, out var entry))
                segmentsByWay[way] = entry = (graph.EdgeClass[e], []);
            entry.Segments.Add(GeometryFactories.Wgs84.CreateLineString(
                [new Coordinate(graph.Lon[a], graph.Lat[a]), new Coordinate(graph.Lon[b], graph.Lat[b])]));
        }

        var lines = new List<RoadLine>(segmentsByWay.Count);
        foreach (var (way, (roadClass, segments)) in segmentsByWay.OrderBy(w => w.Key))
        {
            var merger = new LineMerger();
            merger.Add(segments);
            var merged = GeometryFactories.Wgs84.BuildGeometry(merger.GetMergedLineStrings());
            lines.Add(new RoadLine(way, roadClass, DouglasPeuckerSimplifier.Simplify(merged, SimplifyToleranceDegrees)));
        }
        return lines;
    }
}
