using Rutland.Access.Transit.Network;

namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// Every time a vehicle can be boarded at each stop (any pattern, any position but the last): the scheduled ones
/// sorted once per network, the unknown-phase frequency ones generated per Monte Carlo draw from its phase offsets.
/// Range RAPTOR reads them to tell when an access label starts catching a departure it missed before (<see cref="AccessSeeds"/>).
/// </summary>
internal sealed class StopDepartures
{
    private readonly int[] _scheduledOffsets;
    private readonly int[] _scheduled;
    private readonly int[] _frequencyOffsets;
    private readonly (int Schedule, int TemplateDeparture)[] _frequency;
    private readonly FrequencySchedule[] _schedules;

    public StopDepartures(TransitNetwork network)
    {
        int stops = network.StopCount;
        var scheduled = new List<int>[stops];
        var frequency = new List<(int, int)>[stops];
        for (int s = 0; s < stops; s++) (scheduled[s], frequency[s]) = ([], []);
        for (int pattern = 0; pattern < network.PatternCount; pattern++)
        {
            int offset = network.PatternStopOffsets[pattern], length = network.PatternStopOffsets[pattern + 1] - offset;
            var times = network.PatternTimes[pattern];
            int schedule = network.PatternFrequencyIndex[pattern];
            for (int i = 0; i < length - 1; i++)
            {
                int stop = network.PatternStops[offset + i];
                if (schedule >= 0) frequency[stop].Add((schedule, times[i * 2 + 1]));
                else
                    for (int trip = 0; trip < network.PatternTripCounts[pattern]; trip++) scheduled[stop].Add(times[(trip * length + i) * 2 + 1]);
            }
        }
        foreach (var list in scheduled) list.Sort();
        (_scheduledOffsets, _scheduled) = Flatten(scheduled);
        (_frequencyOffsets, _frequency) = Flatten(frequency);
        _schedules = network.FrequencySchedules;
        FrequencyStops = [.. frequency.Select(entries => entries.Count > 0)];
    }

    /// <summary>Per stop, whether some unknown-phase frequency pattern boards there.</summary>
    public bool[] FrequencyStops { get; }

    /// <summary>Adds to <paramref name="into"/> the scheduled boarding times at <paramref name="stop"/> in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public void CollectScheduled(int stop, int from, int to, List<int> into)
    {
        var scheduled = _scheduled.AsSpan(_scheduledOffsets[stop], _scheduledOffsets[stop + 1] - _scheduledOffsets[stop]);
        int first = scheduled.BinarySearch(from);
        if (first < 0) first = ~first;
        else while (first > 0 && scheduled[first - 1] == from) first--;
        for (int i = first; i < scheduled.Length && scheduled[i] < to; i++) into.Add(scheduled[i]);
    }

    /// <summary>Adds the unknown-phase frequency boarding times at <paramref name="stop"/> in [<paramref name="from"/>, <paramref name="to"/>) in one draw.</summary>
    public void CollectFrequency(int stop, int from, int to, int[] phaseOffsets, List<int> into)
    {
        for (int f = _frequencyOffsets[stop]; f < _frequencyOffsets[stop + 1]; f++)
        {
            var (index, template) = _frequency[f];
            var schedule = _schedules[index];
            // Vehicle j leaves the first stop at start + phase + j·headway, while that is before the entry's end (as RAPTOR boards).
            long firstDeparture = (long)schedule.StartSeconds + phaseOffsets[index];
            long before = from - firstDeparture - template;
            long j = before <= 0 ? 0 : (before + schedule.HeadwaySeconds - 1) / schedule.HeadwaySeconds;
            for (; firstDeparture + j * schedule.HeadwaySeconds < schedule.EndSeconds; j++)
            {
                long departure = firstDeparture + j * schedule.HeadwaySeconds + template;
                if (departure >= to) break;
                into.Add((int)departure);
            }
        }
    }

    private static (int[] Offsets, T[] Values) Flatten<T>(List<T>[] perStop)
    {
        var offsets = new int[perStop.Length + 1];
        for (int s = 0; s < perStop.Length; s++) offsets[s + 1] = offsets[s] + perStop[s].Count;
        var values = new T[offsets[^1]];
        for (int s = 0; s < perStop.Length; s++) perStop[s].CopyTo(values, offsets[s]);
        return (offsets, values);
    }
}
