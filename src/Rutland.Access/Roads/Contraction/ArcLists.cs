namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// The mutable graph while contracting: per node, its arcs to remaining neighbours, each outgoing (node → other)
/// or incoming (other → node), the fastest kept where two arcs join the same pair. A contracted node keeps its own
/// list (its arcs to nodes contracted later: the hierarchy's arcs) and disappears from its neighbours' lists.
/// </summary>
internal sealed class ArcLists(int nodeCount)
{
    internal readonly record struct Arc(int Other, float Seconds, bool Out);

    private const int InitialCapacity = 4;
    private readonly Arc[]?[] _arcs = new Arc[]?[nodeCount];
    private readonly int[] _count = new int[nodeCount];

    public ReadOnlySpan<Arc> Of(int node) => _arcs[node] is { } a ? a.AsSpan(0, _count[node]) : [];

    public int Count(int node) => _count[node];

    /// <summary>The distinct neighbours of a node, into <paramref name="into"/> (cleared first; lists are short, so a linear scan).</summary>
    public void Neighbours(int node, List<int> into)
    {
        into.Clear();
        for (int i = 0; i < _count[node]; i++)
            if (!into.Contains(_arcs[node]![i].Other)) into.Add(_arcs[node]![i].Other);
    }

    /// <summary>The arc from → to, recorded at both ends.</summary>
    public void AddEdge(int from, int to, float seconds)
    {
        Add(from, new Arc(to, seconds, true));
        Add(to, new Arc(from, seconds, false));
    }

    /// <summary>Drops every arc of <paramref name="node"/> to or from <paramref name="other"/>.</summary>
    public void Remove(int node, int other)
    {
        var a = _arcs[node];
        if (a is null) return;
        int kept = 0;
        for (int i = 0; i < _count[node]; i++)
            if (a[i].Other != other) a[kept++] = a[i];
        _count[node] = kept;
    }

    private void Add(int node, Arc arc)
    {
        var a = _arcs[node];
        int count = _count[node];
        if (a is not null)
            for (int i = 0; i < count; i++)
                if (a[i].Other == arc.Other && a[i].Out == arc.Out)
                {
                    if (arc.Seconds < a[i].Seconds) a[i] = arc;
                    return;
                }
        if (a is null || count == a.Length)
        {
            Array.Resize(ref a, a is null ? InitialCapacity : a.Length * 2);
            _arcs[node] = a;
        }
        a[count] = arc;
        _count[node] = count + 1;
    }
}
