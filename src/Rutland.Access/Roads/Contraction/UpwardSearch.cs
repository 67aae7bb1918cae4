using System.Buffers;

namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// Dijkstra restricted to arcs towards higher ranks: forward along <see cref="ContractionHierarchy.UpFirst"/>
/// arcs (times from the sources), reverse against <see cref="ContractionHierarchy.DownFirst"/> arcs (times to
/// them). Its search space is small (hundreds of nodes on a road network of millions). Rents one array of the
/// hierarchy's size and resets only what it touched, so one instance can run many searches in turn.
/// </summary>
public sealed class UpwardSearch : IDisposable
{
    private readonly ContractionHierarchy _ch;
    private readonly bool _forward;
    private float[] _seconds;
    private readonly List<(int Position, float Seconds)> _settled = [];
    private readonly PriorityQueue<int, float> _heap = new();

    public UpwardSearch(ContractionHierarchy ch, SearchDirection direction)
    {
        _ch = ch;
        _forward = direction == SearchDirection.Forward;
        _seconds = ArrayPool<float>.Shared.Rent(ch.NodeCount);
        Array.Fill(_seconds, float.PositiveInfinity, 0, ch.NodeCount);
    }

    /// <summary>Positions settled by the last <see cref="Run"/>, with their times, in the order settled.</summary>
    public IReadOnlyList<(int Position, float Seconds)> Settled => _settled;

    public float SecondsAt(int position) => _seconds[position];

    public void Run(IReadOnlyList<SearchSource> sources)
    {
        foreach (var (p, _) in _settled) _seconds[p] = float.PositiveInfinity;
        _settled.Clear();
        _heap.Clear();
        foreach (var s in sources)
        {
            int p = _ch.PositionOf[s.Node];
            if (s.Seconds < _seconds[p]) { _seconds[p] = s.Seconds; _heap.Enqueue(p, s.Seconds); }
        }
        int[] first = _forward ? _ch.UpFirst : _ch.DownFirst;
        int[] other = _forward ? _ch.UpHead : _ch.DownTail;
        float[] weight = _forward ? _ch.UpSeconds : _ch.DownSeconds;
        while (_heap.TryDequeue(out int p, out float d))
        {
            if (d > _seconds[p]) continue; // stale entry; every label reached is settled once, so resetting the settled resets all
            _settled.Add((p, d));
            for (int a = first[p]; a < first[p + 1]; a++)
            {
                int q = other[a];
                float dq = d + weight[a];
                if (dq < _seconds[q]) { _seconds[q] = dq; _heap.Enqueue(q, dq); }
            }
        }
    }

    public void Dispose()
    {
        if (_seconds.Length == 0) return;
        ArrayPool<float>.Shared.Return(_seconds);
        _seconds = [];
    }
}
