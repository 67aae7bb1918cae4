using Rutland.Access.Roads;

namespace Rutland.Access.ScaleBench;

/// <summary>
/// Directed edges in any order, turned into a <see cref="RoadGraph"/>'s compressed rows by counting sort (linear time).
/// A simulated graph has no OSM ways: its way ids are all 0 (an array never written, so it costs no resident memory).
/// </summary>
public sealed class EdgeList(int capacity)
{
    private readonly int[] _source = new int[capacity], _target = new int[capacity];
    private readonly float[] _seconds = new float[capacity], _meters = new float[capacity];
    private readonly RoadClass[] _class = new RoadClass[capacity];
    private int _count;

    public void Add(int source, int target, float seconds, float meters, RoadClass roadClass)
    {
        _source[_count] = source; _target[_count] = target; _seconds[_count] = seconds; _meters[_count] = meters;
        _class[_count] = roadClass;
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
        var classes = new RoadClass[m];
        for (int e = 0; e < m; e++)
        {
            int i = next[_source[e]]++;
            source[i] = _source[e]; target[i] = _target[e]; seconds[i] = _seconds[e]; meters[i] = _meters[e];
            classes[i] = _class[e];
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
            EdgeClass = classes, EdgeWayId = new long[m], FirstIn = firstIn, InEdges = inEdges,
            InLargestComponent = inLargest, LargestComponentSize = largestSize, Boundary = boundary,
        };
    }
}
