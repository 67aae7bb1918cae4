using Rutland.Access.Geo;
using Rutland.Access.Osm;

namespace Rutland.Access.Roads;

/// <summary>
/// Builds a <see cref="RoadGraph"/> for one profile from the single pass over an OSM extract
/// (<see cref="OsmExtractRead"/>): it keeps the ways the profile can use while the file streams by, then resolves just
/// their nodes against the pass's node locations. The car and walk graphs (and the residential land) share that pass.
/// </summary>
public sealed class RoadGraphBuilder(ITravelProfile profile) : IOsmExtractReader
{
    private readonly List<UsableWay> _ways = new();
    private readonly HashSet<long> _nodeIds = new();
    private NodeLocations? _nodes;

    /// <summary>Reads the extract for this profile alone.</summary>
    public static RoadGraph Build(string pbfPath, ITravelProfile profile)
    {
        var builder = new RoadGraphBuilder(profile);
        OsmExtractRead.Read(pbfPath, builder);
        return builder.Build();
    }

    public void Way(OsmWay way)
    {
        if (way.NodeIds.Length < 2 || profile.Evaluate(way.Tags) is not { } traversal) return;
        if (!traversal.Forward && !traversal.Backward) return;
        _ways.Add(new UsableWay(way.Id, way.NodeIds, traversal));
        foreach (long id in way.NodeIds) _nodeIds.Add(id);
    }

    public void Relation(OsmRelation relation) { }

    public void Locate(NodeLocations nodes) => _nodes = nodes;

    /// <summary>The graph, once the pass is over.</summary>
    public RoadGraph Build()
    {
        if (_nodes is null) throw new InvalidOperationException("the road graph is built after the pass over the extract");
        var found = new Dictionary<long, LatLon>(_nodeIds.Count);
        foreach (long id in _nodeIds)
            if (_nodes.TryGet(id, out var location)) found[id] = location;
        return Assemble(profile.Name, _ways, found);
    }

    private sealed record UsableWay(long Id, long[] NodeIds, WayTraversal Traversal);

    private static RoadGraph Assemble(string profileName, List<UsableWay> ways, Dictionary<long, LatLon> nodes)
    {
        long[] osmIds = nodes.Keys.ToArray();
        Array.Sort(osmIds);
        var index = new Dictionary<long, int>(osmIds.Length);
        var lat = new double[osmIds.Length];
        var lon = new double[osmIds.Length];
        for (int i = 0; i < osmIds.Length; i++)
        {
            index[osmIds[i]] = i;
            var p = nodes[osmIds[i]];
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
