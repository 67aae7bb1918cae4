namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// The stops where an unknown-phase frequency pattern boards whose labels one departure minute of the scheduled-only
/// search improved, round by round. Journeys without frequency rides are the same in every Monte Carlo draw, so a draw's
/// search reads the scheduled search's labels and only needs to scan frequency patterns from these stops (and every
/// pattern from the stops its own journeys improve).
/// </summary>
/// <param name="frequencyStops">Per stop, whether some unknown-phase frequency pattern boards there.</param>
internal sealed class ScheduledRoundLog(int rounds, int stopCount, bool[] frequencyStops)
{
    private readonly int[] _reached = new int[rounds * stopCount];
    private readonly int[] _reachedCounts = new int[rounds];

    /// <summary>The last round with a logged stop this minute; -1 for none.</summary>
    public int LastRound { get; private set; } = -1;

    public void Clear()
    {
        Array.Clear(_reachedCounts);
        LastRound = -1;
    }

    /// <summary>Round <paramref name="k"/>'s improved stops (round 0: the access labels); only frequency stops are kept.</summary>
    public void Record(int k, StopSet reached)
    {
        int count = 0;
        for (int i = 0; i < reached.Count; i++)
            if (frequencyStops[reached[i]]) _reached[k * stopCount + count++] = reached[i];
        _reachedCounts[k] = count;
        if (count > 0) LastRound = k;
    }

    /// <summary>Marks for frequency patterns the logged stops of round <paramref name="k"/> where the scheduled label beats the draw's own.</summary>
    public void MarkFrequencyStops(int k, RaptorState scheduled, RaptorState draw)
    {
        int n = scheduled.StopCount;
        for (int i = 0; i < _reachedCounts[k]; i++)
        {
            int stop = _reached[k * stopCount + i];
            if (scheduled.ReachArrival[k * n + stop] < draw.ReachArrival[k * n + stop]) draw.ReachedForFrequencyOnly.Add(stop);
        }
    }
}
