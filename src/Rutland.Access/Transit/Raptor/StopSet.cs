namespace Rutland.Access.Transit.Raptor;

/// <summary>Set of stop indices with O(1) add and a dense list for iteration; clearing costs only its size.</summary>
internal sealed class StopSet(int[] members, bool[] contains)
{
    private int _count;

    public int Count => _count;

    public int this[int index] => members[index];

    public void Add(int stop)
    {
        if (contains[stop]) return;
        contains[stop] = true;
        members[_count++] = stop;
    }

    public void Clear()
    {
        for (int i = 0; i < _count; i++) contains[members[i]] = false;
        _count = 0;
    }
}
