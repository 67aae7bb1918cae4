using Rutland.Access.Geo;
using Rutland.Access.Osm;

namespace Rutland.Access.Roads;

/// <summary>
/// Builds a <see cref="RoadGraph"/> from an OSM PBF in two streaming passes: ways first (keeping only those the
/// profile can use, and the ids of their nodes), then just those nodes. Memory therefore grows with the road
/// network, not with the whole extract. Another <see cref="ITwoPassOsmReader"/> (the population surface's residential
/// land) can ride along the same two passes instead of reading the file again.
/// </summary>
public static class RoadGraphBuilder
{
    public static RoadGraph Build(string pbfPath, ITravelProfile profile, ITwoPassOsmReader? alongside = null)
    {
        var ways = new WayCollector(profile, alongside);
        PbfReader.Read(pbfPath, ways);
        var nodes = new NodeCollector(ways.NodeIds, alongside);
        PbfReader.Read(pbfPath, nodes);
        return Assemble(profile.Name, ways.Ways, nodes);
    }

    private sealed record UsableWay(long Id, long[] NodeIds, WayTraversal Traversal);

    private sealed class WayCollector(ITravelProfile profile, ITwoPassOsmReader? alongside) : OsmHandler
    {
        public readonly List<UsableWay> Ways = new();
        public readonly HashSet<long> NodeIds = new();
        public override bool WantsNodes => false;
        public override bool WantsRelations => alongside is not null;

        public override void Relation(OsmRelation relation) => alongside?.Relation(relation);

        public override void Way(OsmWay way)
        {
            alongside?.Way(way);
            if (way.NodeIds.Length < 2 || profile.Evaluate(way.Tags) is not { } traversal) return;
            if (!traversal.Forward && !traversal.Backward) return;
            Ways.Add(new UsableWay(way.Id, way.NodeIds, traversal));
            foreach (long id in way.NodeIds) NodeIds.Add(id);
        }
    }

    private sealed class NodeCollector(HashSet<long> wanted, ITwoPassOsmReader? alongside) : OsmHandler
    {
        public readonly Dictionary<long, LatLon> Found = new(wanted.Count);
        public override bool WantsWays => false;
        public override bool WantsRelations => false;

        public override void Node(OsmNode node)
        {
            alongside?.Node(node);
            if (wanted.Contains(node.Id)) Found[node.Id] = new LatLon(node.Lat, node.Lon);
        }
    }

    private static RoadGraph Assemble(string profileName, List<UsableWay> ways, NodeCollector nodes)
    {
        long[] osmIds = nodes.Found.Keys.ToArray();
        Array.Sort(osmIds);
        var index = new Dictionary<long, int>(osmIds.Length);
        var lat = new double[osmIds.Length];
        var lon = new double[osmIds.Length];
        for (int i = 0; i < osmIds.Length; i++)
        {
            index[osmIds[i]] = i;
            var p = nodes.Found[osmIds[i]];
            lat[i] = p.Lat;
            lon[i] = p.Lon;
        }

        var edges = new List<(int From, int To, float Seconds, float Meters, RoadClass Class, long Way)>();
        var exits = new HashSet<int>();
        foreach (var way in ways)
        {
            double forwardMetresPerSecond = way.Traversal.SpeedKmh / 3.6;
            double backwardMetresPerSecond = (way.Traversal.BackwardSpeedKmh ?? way.Traversal.SpeedKmh) / 3.6;
            for (int k = 0; k + 1 < way.NodeIds.Length; k++)
            {
                bool hasA = index.TryGetValue(way.NodeIds[k], out int a);
                bool hasB = index.TryGetValue(way.NodeIds[k + 1], out int b);
                if (hasA != hasB) exits.Add(hasA ? a : b); // the way leaves the extract here
                if (!hasA || !hasB || a == b) continue;
                float length = (float)GreatCircle.DistanceMeters(lat[a], lon[a], lat[b], lon[b]);
                if (way.Traversal.Forward) edges.Add((a, b, (float)(length / forwardMetresPerSecond), length, way.Traversal.Class, way.Id));
                if (way.Traversal.Backward) edges.Add((b, a, (float)(length / backwardMetresPerSecond), length, way.Traversal.Class, way.Id));
            }
        }
        edges.Sort((x, y) => x.From != y.From ? x.From.CompareTo(y.From) : x.To.CompareTo(y.To));

        int n = osmIds.Length, m = edges.Count;
        var firstOut = new int[n + 1];
        var source = new int[m];
        var target = new int[m];
        var seconds = new float[m];
        var meters = new float[m];
        var classes = new RoadClass[m];
        var wayIds = new long[m];
        for (int e = 0; e < m; e++)
        {
            var edge = edges[e];
            firstOut[edge.From + 1]++;
            (source[e], target[e], seconds[e], meters[e], classes[e], wayIds[e]) = edge;
        }
        for (int i = 0; i < n; i++) firstOut[i + 1] += firstOut[i];

        var firstIn = new int[n + 1];
        foreach (int t in target) firstIn[t + 1]++;
        for (int i = 0; i < n; i++) firstIn[i + 1] += firstIn[i];
        var inEdges = new int[m];
        var fill = (int[])firstIn.Clone();
        for (int e = 0; e < m; e++) inEdges[fill[target[e]]++] = e;

        var component = StronglyConnectedComponents.Largest(n, firstOut, target, firstIn, inEdges, source);
        var graph = new RoadGraph
        {
            ProfileName = profileName, OsmNodeIds = osmIds, Lat = lat, Lon = lon,
            FirstOut = firstOut, EdgeSource = source, EdgeTarget = target, EdgeSeconds = seconds,
            EdgeMeters = meters, EdgeClass = classes, EdgeWayId = wayIds, FirstIn = firstIn, InEdges = inEdges,
            InLargestComponent = component.Members, LargestComponentSize = component.Size,
            Boundary = new NetworkBoundary(lat, lon),
        };
        // Exits are kept even off the largest component: the end of an outbound dual carriageway cannot lead back
        // into the network, yet it is exactly where traffic leaves the extract.
        graph.ExitNodes = NetworkExits.Find(graph, exits);
        return graph;
    }
}
