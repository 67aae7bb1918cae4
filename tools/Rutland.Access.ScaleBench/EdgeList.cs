using Rutland.Access.Roads;

namespace Rutland.Access.ScaleBench;

/// <summary>Directed edges in any order, turned into a <see cref="RoadGraph"/>'s compressed rows by counting sort (linear time).</summary>
public sealed class EdgeList(int capacity)
{
    private readonly int[] _source = new int[capacity], _target = new int[capacity];
    private readonly float[] _seconds = new float[capacity], _meters = new float[capacity];
    private readonly RoadClass[] _class = new RoadClass[capacity];
    private readonly long[] _way = new long[capacity];
    private int _count;

    public void Add(int source, int target, float seconds, float meters, RoadClass roadClass, long wayId)
    {
        _source[_count] = source; _target[_count] = target; _seconds[_count] = seconds; _meters[_count] = meters;
        _class[_count] = roadClass; _way[_count] = wayId;
        _count++;
    }

    public RoadGraph ToGraph(string profile, long[] osmIds, double[] lat, double[] lon, bool[] inLargest, int largestSize, NetworkBoundary boundary)
    {
        int n = lat.Length, m = _count;
        var firstOut = new int[n + 1];
        for (int e = 0; e < m; e++) firstOut[_source[e] + 1]++;
        for (int v = 0; v < n; v++) firstOut[v + 1] += firstOut[v];
        var next = firstOut[..^1].ToArray();
        var source = new int[m]; var target = new int[m]; var seconds = new float[m]; var meters = new float[m];
        var classes = new RoadClass[m]; var ways = new long[m];
        for (int e = 0; e < m; e++)
        {
            int i = next[_source[e]]++;
            source[i] = _source[e]; target[i] = _target[e]; seconds[i] = _seconds[e]; meters[i] = _meters[e];
            classes[i] = _class[e]; ways[i] = _way[e];
        }
        var firstIn = new int[n + 1];
        for (int e = 0; e < m; e++) firstIn[target[e] + 1]++;
        for (int v = 0; v < n; v++) firstIn[v + 1] += firstIn[v];
        next = firstIn[..^1].ToArray();
        var inEdges = new int[m];
        for (int e = 0; e < m; e++) inEdges[next[target[e]]++] = e;
        return new RoadGraph
        {
            ProfileName = profile, OsmNodeIds = osmIds, Lat = lat, Lon = lon,
            FirstOut = firstOut, EdgeSource = source, EdgeTarget = target, EdgeSeconds = seconds, EdgeMeters = meters,
            EdgeClass = classes, EdgeWayId = ways, FirstIn = firstIn, InEdges = inEdges,
            InLargestComponent = inLargest, LargestComponentSize = largestSize, Boundary = boundary,
        };
    }
}
