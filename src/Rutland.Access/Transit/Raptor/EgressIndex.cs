namespace Rutland.Access.Transit.Raptor;

/// <summary>For each stop, the destinations reachable on foot from it, so targets update only from improved stops.</summary>
internal sealed class EgressIndex
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _walkSeconds;

    public EgressIndex(IReadOnlyList<IReadOnlyList<StopAccess>> targets, int stopCount)
    {
        _offsets = new int[stopCount + 1];
        foreach (var egress in targets)
            foreach (var e in egress) _offsets[e.Stop + 1]++;
        for (int s = 0; s < stopCount; s++) _offsets[s + 1] += _offsets[s];
        _targets = new int[_offsets[stopCount]];
        _walkSeconds = new int[_offsets[stopCount]];
        var next = _offsets[..^1];
        for (int t = 0; t < targets.Count; t++)
            foreach (var e in targets[t])
            {
                _targets[next[e.Stop]] = t;
                _walkSeconds[next[e.Stop]++] = e.WalkSeconds;
            }
    }

    public int Start(int stop) => _offsets[stop];

    public int End(int stop) => _offsets[stop + 1];

    public int Target(int entry) => _targets[entry];

    public int WalkSeconds(int entry) => _walkSeconds[entry];
}
