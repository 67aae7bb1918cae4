namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// The labels one departure minute of the scheduled-only search improved, round by round: what every Monte Carlo draw
/// copies instead of finding again, since journeys without unknown-phase frequency rides are the same in every draw.
/// </summary>
/// <param name="frequencyStops">Per stop, whether some unknown-phase frequency pattern boards there.</param>
internal sealed class ScheduledRoundLog(int rounds, int stopCount, bool[] frequencyStops)
{
    private readonly int[] _reached = new int[rounds * stopCount];
    private readonly int[] _reachedCounts = new int[rounds];
    private readonly int[] _ridden = new int[rounds * stopCount];
    private readonly int[] _riddenCounts = new int[rounds];

    /// <summary>The last round with an improvement this minute; -1 for none.</summary>
    public int LastRound { get; private set; } = -1;

    public void Clear()
    {
        Array.Clear(_reachedCounts);
        Array.Clear(_riddenCounts);
        LastRound = -1;
    }

    /// <summary>Round <paramref name="k"/>'s improved stops (round 0: the access labels, with no rides).</summary>
    public void Record(int k, StopSet reached, StopSet? ridden)
    {
        for (int i = 0; i < reached.Count; i++) _reached[k * stopCount + i] = reached[i];
        _reachedCounts[k] = reached.Count;
        for (int i = 0; i < (ridden?.Count ?? 0); i++) _ridden[k * stopCount + i] = ridden![i];
        _riddenCounts[k] = ridden?.Count ?? 0;
        if (_reachedCounts[k] + _riddenCounts[k] > 0) LastRound = k;
    }

    /// <summary>
    /// Copies round <paramref name="k"/>'s improvements from <paramref name="scheduled"/> into a draw's labels where they are
    /// better, marking for frequency patterns only those stops where one boards: the scheduled search has scanned every
    /// other pattern from them, relaxed their changes and egress (its destination arrivals are copied whole).
    /// </summary>
    public void CopyRound(int k, RaptorState scheduled, RaptorState draw)
    {
        int n = scheduled.StopCount;
        for (int i = 0; i < _riddenCounts[k]; i++)
        {
            int label = k * n + _ridden[k * stopCount + i];
            if (scheduled.RideArrival[label] < draw.RideArrival[label]) draw.RideArrival[label] = scheduled.RideArrival[label];
        }
        for (int i = 0; i < _reachedCounts[k]; i++)
        {
            int stop = _reached[k * stopCount + i], label = k * n + stop;
            if (scheduled.ReachArrival[label] >= draw.ReachArrival[label]) continue;
            draw.ReachArrival[label] = scheduled.ReachArrival[label];
            if (frequencyStops[stop]) draw.ReachedForFrequencyOnly.Add(stop);
        }
    }
}
