namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// A bounded forward Dijkstra among the not yet contracted nodes, avoiding the node being contracted: stops past
/// a time limit or after settling a number of nodes. Reuses its arrays, resetting only what it touched.
/// </summary>
internal sealed class WitnessSearch
{
    private readonly float[] _seconds;
    private readonly List<int> _touched = [];
    private readonly PriorityQueue<int, float> _heap = new();

    public WitnessSearch(int nodeCount)
    {
        _seconds = new float[nodeCount];
        Array.Fill(_seconds, float.PositiveInfinity);
    }

    public float SecondsTo(int node) => _seconds[node];

    public void Run(int source, int avoid, float maxSeconds, ArcLists arcs, bool[] contracted, int settleLimit)
    {
        foreach (int t in _touched) _seconds[t] = float.PositiveInfinity;
        _touched.Clear();
        _heap.Clear();
        _seconds[source] = 0;
        _touched.Add(source);
        _heap.Enqueue(source, 0);
        int settled = 0;
        while (_heap.TryDequeue(out int u, out float d))
        {
            if (d > _seconds[u]) continue;
            if (d > maxSeconds || ++settled > settleLimit) break;
            foreach (var a in arcs.Of(u))
            {
                if (!a.Out || a.Other == avoid || contracted[a.Other]) continue;
                float dv = d + a.Seconds;
                if (dv < _seconds[a.Other])
                {
                    if (float.IsPositiveInfinity(_seconds[a.Other])) _touched.Add(a.Other);
                    _seconds[a.Other] = dv;
                    _heap.Enqueue(a.Other, dv);
                }
            }
        }
    }
}
