using System.Buffers;

namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// The access labels range RAPTOR must re-mark at each departure minute but the latest. Going from the latest minute to
/// the earliest, every access leg (walk, or walk and on-demand ride) reaches its stop earlier each minute, but what it can
/// board there changes only at the minute its arrival first falls at or before a departure it missed the minute after;
/// at any other minute the same vehicles were scanned for a later minute and their labels are kept. Re-marking only
/// then gives the same answers as marking every access stop every minute, which on-demand legs to every stop of a
/// county-wide zone made a full scan of every route each minute.
/// </summary>
/// <remarks>
/// A stop not re-marked keeps its older (later) access label; with no departure between that and the new arrival it boards
/// the same vehicles, so the round-one scans that pass it decide as they would with the new one.
/// </remarks>
internal sealed class AccessSeeds : IDisposable
{
    private readonly int[] _minuteOffsets;
    private readonly int[] _stops;
    private readonly int[] _arrivals;

    private AccessSeeds(int[] minuteOffsets, int[] stops, int[] arrivals) =>
        (_minuteOffsets, _stops, _arrivals) = (minuteOffsets, stops, arrivals);

    public int Start(int minute) => _minuteOffsets[minute];

    public int End(int minute) => _minuteOffsets[minute + 1];

    public int Stop(int entry) => _stops[entry];

    public int Arrival(int entry) => _arrivals[entry];

    // Scratch lists reused by each thread: a search builds seeds for the scheduled services and again for every draw.
    [ThreadStatic] private static List<(int Minute, int Stop, int Arrival)>? t_seeds;
    [ThreadStatic] private static List<int>? t_times;
    [ThreadStatic] private static int[]? t_next;

    /// <summary>Gives the arrays back to the pool: a search builds seeds once and once per draw, every origin.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_minuteOffsets);
        ArrayPool<int>.Shared.Return(_stops);
        ArrayPool<int>.Shared.Return(_arrivals);
    }

    /// <param name="departures">The search's departure minutes, ascending; the latest is seeded in full by the caller.</param>
    /// <param name="boardingTimes">Adds the boarding times at a stop in [from, to) to the list: the ones whose catching matters.</param>
    public static AccessSeeds Build(RaptorRequest request, int[] departures, Action<int, int, int, List<int>> boardingTimes)
    {
        var seeds = t_seeds ??= [];
        var times = t_times ??= [];
        seeds.Clear();
        // A walk is a leg with no wait, no ride and no window: its arrival is the departure plus the walk.
        foreach (var walk in request.Access)
            Add(new FlexAccess(walk.Stop, walk.Stop, walk.WalkSeconds, 0, 0, int.MinValue, int.MaxValue, ""));
        foreach (var flex in request.FlexAccess)
            Add(flex);

        var offsets = ArrayPool<int>.Shared.Rent(departures.Length + 1);
        Array.Clear(offsets, 0, departures.Length + 1);
        foreach (var seed in seeds) offsets[seed.Minute + 1]++;
        for (int m = 0; m < departures.Length; m++) offsets[m + 1] += offsets[m];
        var next = t_next is { } kept && kept.Length >= departures.Length ? kept : t_next = new int[departures.Length];
        Array.Copy(offsets, next, departures.Length);
        var stops = ArrayPool<int>.Shared.Rent(seeds.Count);
        var arrivals = ArrayPool<int>.Shared.Rent(seeds.Count);
        foreach (var (minute, stop, arrival) in seeds)
        {
            stops[next[minute]] = stop;
            arrivals[next[minute]++] = arrival;
        }
        return new AccessSeeds(offsets, stops, arrivals);

        // Arrival is non-decreasing in the departure (FlexAccess), and Unavailable once the leg no longer runs.
        void Add(FlexAccess leg)
        {
            int earliest = leg.AccessArrival(departures[0]);
            if (earliest == FlexAccess.Unavailable) return;
            times.Clear();
            boardingTimes(leg.Stop, earliest, leg.AccessArrival(departures[^1]), times);
            foreach (int departure in times)
            {
                int minute = LastMinuteArrivingBy(departure, departures, leg);
                seeds.Add((minute, leg.Stop, leg.AccessArrival(departures[minute])));
            }
        }
    }

    /// <summary>The latest departure minute whose arrival is at or before <paramref name="time"/> (the first minute's is).</summary>
    private static int LastMinuteArrivingBy(int time, int[] departures, FlexAccess leg)
    {
        int lo = 0, hi = departures.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (leg.AccessArrival(departures[mid]) <= time) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
