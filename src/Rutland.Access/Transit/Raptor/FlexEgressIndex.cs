namespace Rutland.Access.Transit.Raptor;

/// <summary>For each stop, the on-demand egress legs leaving it and the destination each reaches.</summary>
internal sealed class FlexEgressIndex
{
    private readonly int[] _offsets;
    private readonly (int Target, FlexAccess Leg)[] _legs;

    private FlexEgressIndex(IReadOnlyList<IReadOnlyList<FlexAccess>> targets, int stopCount)
    {
        _offsets = new int[stopCount + 1];
        foreach (var legs in targets)
            foreach (var leg in legs) _offsets[leg.Stop + 1]++;
        for (int s = 0; s < stopCount; s++) _offsets[s + 1] += _offsets[s];
        _legs = new (int, FlexAccess)[_offsets[stopCount]];
        var next = _offsets[..^1];
        for (int t = 0; t < targets.Count; t++)
            foreach (var leg in targets[t]) _legs[next[leg.Stop]++] = (t, leg);
    }

    /// <summary>Null when no destination has on-demand egress, so searches without it pay nothing.</summary>
    public static FlexEgressIndex? Build(IReadOnlyList<IReadOnlyList<FlexAccess>> targets, int stopCount) =>
        targets.Any(t => t.Count > 0) ? new FlexEgressIndex(targets, stopCount) : null;

    public void Relax(int stop, int alightedSeconds, int[] targetBest)
    {
        for (int i = _offsets[stop]; i < _offsets[stop + 1]; i++)
        {
            var (target, leg) = _legs[i];
            int arrival = leg.EgressArrival(alightedSeconds);
            if (arrival < targetBest[target]) targetBest[target] = arrival;
        }
    }
}
