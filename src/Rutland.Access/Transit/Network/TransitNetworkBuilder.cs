using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Network;

/// <summary>
/// Collects stops, trips, frequency entries and transfers for one service date and builds an immutable
/// <see cref="TransitNetwork"/>. Kept free of GTFS/CIF types so any timetable source can feed it.
/// </summary>
public sealed class TransitNetworkBuilder
{
    private sealed record TripInput(string TripId, string RouteId, string RouteName, TransitMode Mode, StopTime[] StopTimes);

    private sealed record FrequencyInput(TripInput Template, int StartSeconds, int EndSeconds, int HeadwaySeconds, bool ExactTimes);

    private readonly List<string> _stopIds = [];
    private readonly List<string> _stopNames = [];
    private readonly List<LatLon> _stopLocations = [];
    private readonly HashSet<string> _knownStopIds = new(StringComparer.Ordinal);
    private readonly List<TripInput> _trips = [];
    private readonly List<FrequencyInput> _frequencies = [];
    private readonly List<(int From, int To, int WalkSeconds)> _transfers = [];

    /// <summary>Adds a stop and returns its index, which <see cref="StopTime.Stop"/> and transfers refer to.</summary>
    public int AddStop(string id, string name, LatLon location)
    {
        if (!_knownStopIds.Add(id)) throw new ArgumentException($"Stop '{id}' was added twice.", nameof(id));
        _stopIds.Add(id);
        _stopNames.Add(name);
        _stopLocations.Add(location);
        return _stopIds.Count - 1;
    }

    public void AddTrip(string tripId, string routeId, string routeName, TransitMode mode, ReadOnlySpan<StopTime> stopTimes) =>
        _trips.Add(new TripInput(tripId, routeId, routeName, mode, stopTimes.ToArray()));

    /// <summary>
    /// Adds a GTFS frequency entry. With <paramref name="exactTimes"/> the vehicles leave the first stop exactly at
    /// start, start + headway, … &lt; end, so they become ordinary trips; otherwise the phase is unknown and the
    /// router samples it (see <c>RaptorRouter</c>). Template times only matter relative to their first departure.
    /// </summary>
    public void AddFrequencyTrip(string tripId, string routeId, string routeName, TransitMode mode,
        ReadOnlySpan<StopTime> templateStopTimes, int startSeconds, int endSeconds, int headwaySeconds, bool exactTimes) =>
        _frequencies.Add(new FrequencyInput(new TripInput(tripId, routeId, routeName, mode, templateStopTimes.ToArray()),
            startSeconds, endSeconds, headwaySeconds, exactTimes));

    /// <summary>Adds a directed walking transfer; add the reverse direction separately if it is walkable.</summary>
    public void AddTransfer(int fromStop, int toStop, int walkSeconds) => _transfers.Add((fromStop, toStop, walkSeconds));

    /// <exception cref="ArgumentException">A trip, frequency entry or transfer is malformed; the message names it.</exception>
    public TransitNetwork Build()
    {
        foreach (var trip in _trips) Validate(trip);
        foreach (var frequency in _frequencies) Validate(frequency);
        foreach (var (from, to, walk) in _transfers)
        {
            if ((uint)from >= (uint)_stopIds.Count || (uint)to >= (uint)_stopIds.Count)
                throw new ArgumentException($"Transfer {from}→{to} refers to an unknown stop index.");
            if (walk < 0) throw new ArgumentException($"Transfer {from}→{to} has negative walk time {walk} s.");
        }

        var scheduled = new List<TripInput>(_trips);
        foreach (var f in _frequencies.Where(f => f.ExactTimes)) scheduled.AddRange(ExpandExactTimes(f));

        var patterns = new List<PatternDraft>();
        foreach (var group in scheduled.GroupBy(PatternKey, StringComparer.Ordinal))
            patterns.AddRange(SplitIntoNonOvertakingPatterns(group));
        int scheduledPatternCount = patterns.Count;
        foreach (var f in _frequencies.Where(f => !f.ExactTimes))
            patterns.Add(new PatternDraft(f.Template.RouteId, f.Template.RouteName, f.Template.Mode,
                f.Template.StopTimes.Select(st => st.Stop).ToArray()) { Trips = { RelativeToFirstDeparture(f.Template) } });

        return Assemble(patterns, scheduledPatternCount);
    }

    private sealed record PatternDraft(string RouteId, string RouteName, TransitMode Mode, int[] Stops)
    {
        public List<TripInput> Trips { get; } = [];
    }

    private void Validate(TripInput trip)
    {
        var times = trip.StopTimes;
        if (times.Length < 2) throw new ArgumentException($"Trip '{trip.TripId}' has {times.Length} stop time(s); at least 2 are needed.");
        for (int i = 0; i < times.Length; i++)
        {
            var st = times[i];
            if ((uint)st.Stop >= (uint)_stopIds.Count)
                throw new ArgumentException($"Trip '{trip.TripId}' stop time {i} refers to unknown stop index {st.Stop}.");
            if (st.ArrivalSeconds > st.DepartureSeconds)
                throw new ArgumentException($"Trip '{trip.TripId}' arrives at stop '{_stopIds[st.Stop]}' (stop time {i}) after it departs.");
            if (i > 0 && st.ArrivalSeconds < times[i - 1].DepartureSeconds)
                throw new ArgumentException($"Trip '{trip.TripId}' goes back in time between stop times {i - 1} and {i}.");
        }
    }

    private void Validate(FrequencyInput frequency)
    {
        Validate(frequency.Template);
        string id = frequency.Template.TripId;
        if (frequency.HeadwaySeconds <= 0)
            throw new ArgumentException($"Frequency trip '{id}' has non-positive headway {frequency.HeadwaySeconds} s.");
        if (frequency.EndSeconds <= frequency.StartSeconds)
            throw new ArgumentException($"Frequency trip '{id}' ends ({frequency.EndSeconds}) before it starts ({frequency.StartSeconds}).");
    }

    private static IEnumerable<TripInput> ExpandExactTimes(FrequencyInput f)
    {
        int templateStart = f.Template.StopTimes[0].DepartureSeconds;
        for (int start = f.StartSeconds; start < f.EndSeconds; start += f.HeadwaySeconds)
        {
            int shift = start - templateStart;
            var times = Array.ConvertAll(f.Template.StopTimes, st => st with { ArrivalSeconds = st.ArrivalSeconds + shift, DepartureSeconds = st.DepartureSeconds + shift });
            yield return f.Template with { StopTimes = times };
        }
    }

    private static TripInput RelativeToFirstDeparture(TripInput template)
    {
        int origin = template.StopTimes[0].DepartureSeconds;
        return template with
        {
            StopTimes = Array.ConvertAll(template.StopTimes, st => st with { ArrivalSeconds = st.ArrivalSeconds - origin, DepartureSeconds = st.DepartureSeconds - origin }),
        };
    }

    private static string PatternKey(TripInput trip) =>
        string.Join('\u001f', trip.RouteId, trip.RouteName, trip.Mode, string.Join(',', trip.StopTimes.Select(st => st.Stop)));

    /// <summary>
    /// RAPTOR boards the earliest catchable trip and assumes no later trip arrives earlier further on. Trips of a
    /// stop sequence are therefore sorted and greedily chained so that within a chain every time at every stop is
    /// non-decreasing; an overtaking trip (e.g. an express) starts a new pattern.
    /// </summary>
    private static IEnumerable<PatternDraft> SplitIntoNonOvertakingPatterns(IEnumerable<TripInput> trips)
    {
        var ordered = trips
            .OrderBy(t => t.StopTimes[0].DepartureSeconds)
            .ThenBy(t => t.StopTimes[^1].ArrivalSeconds)
            .ThenBy(t => t.TripId, StringComparer.Ordinal);
        var chains = new List<PatternDraft>();
        foreach (var trip in ordered)
        {
            var chain = chains.FirstOrDefault(c => NeverOvertakes(c.Trips[^1], trip));
            if (chain is null)
            {
                chain = new PatternDraft(trip.RouteId, trip.RouteName, trip.Mode, trip.StopTimes.Select(st => st.Stop).ToArray());
                chains.Add(chain);
            }
            chain.Trips.Add(trip);
        }
        return chains;
    }

    private static bool NeverOvertakes(TripInput earlier, TripInput later)
    {
        for (int i = 0; i < earlier.StopTimes.Length; i++)
        {
            if (later.StopTimes[i].ArrivalSeconds < earlier.StopTimes[i].ArrivalSeconds) return false;
            if (later.StopTimes[i].DepartureSeconds < earlier.StopTimes[i].DepartureSeconds) return false;
        }
        return true;
    }

    private TransitNetwork Assemble(List<PatternDraft> patterns, int scheduledPatternCount)
    {
        int stopCount = _stopIds.Count;
        int patternCount = patterns.Count;
        var patternStopOffsets = new int[patternCount + 1];
        for (int p = 0; p < patternCount; p++) patternStopOffsets[p + 1] = patternStopOffsets[p] + patterns[p].Stops.Length;
        var patternStops = new int[patternStopOffsets[patternCount]];
        var patternTimes = new int[patternCount][];
        var patternTripCounts = new int[patternCount];
        var frequencyIndex = new int[patternCount];
        var schedules = new List<FrequencySchedule>();
        var unknownPhase = _frequencies.Where(f => !f.ExactTimes).ToArray();

        for (int p = 0; p < patternCount; p++)
        {
            var draft = patterns[p];
            draft.Stops.CopyTo(patternStops, patternStopOffsets[p]);
            int n = draft.Stops.Length;
            var times = new int[draft.Trips.Count * n * 2];
            for (int t = 0; t < draft.Trips.Count; t++)
                for (int i = 0; i < n; i++)
                {
                    times[(t * n + i) * 2] = draft.Trips[t].StopTimes[i].ArrivalSeconds;
                    times[(t * n + i) * 2 + 1] = draft.Trips[t].StopTimes[i].DepartureSeconds;
                }
            patternTimes[p] = times;
            if (p < scheduledPatternCount)
            {
                patternTripCounts[p] = draft.Trips.Count;
                frequencyIndex[p] = -1;
            }
            else
            {
                var f = unknownPhase[p - scheduledPatternCount];
                frequencyIndex[p] = schedules.Count;
                schedules.Add(new FrequencySchedule(f.StartSeconds, f.EndSeconds, f.HeadwaySeconds));
            }
        }

        var visits = new List<(int Stop, int Pattern, int Position)>();
        for (int p = 0; p < patternCount; p++)
            for (int i = 0; i < patterns[p].Stops.Length; i++) visits.Add((patterns[p].Stops[i], p, i));
        var (stopPatternOffsets, byStop) = GroupBy(visits, stopCount, v => v.Stop);
        var transfers = GroupBy(_transfers, stopCount, t => t.From);

        return new TransitNetwork(
            [.. _stopIds], [.. _stopNames], [.. _stopLocations],
            patterns.Select(d => d.RouteId).ToArray(), patterns.Select(d => d.RouteName).ToArray(), patterns.Select(d => d.Mode).ToArray(),
            patterns.Select(d => d.Trips.Select(t => t.TripId).ToArray()).ToArray(),
            patternStopOffsets, patternStops, patternTimes, patternTripCounts, frequencyIndex, [.. schedules],
            stopPatternOffsets, byStop.Select(v => v.Pattern).ToArray(), byStop.Select(v => v.Position).ToArray(),
            transfers.Offsets, transfers.Items.Select(t => t.To).ToArray(), transfers.Items.Select(t => t.WalkSeconds).ToArray());
    }

    /// <summary>Compressed sparse rows: items grouped by stop (stable), with offsets[stop]..offsets[stop + 1].</summary>
    private static (int[] Offsets, T[] Items) GroupBy<T>(List<T> items, int stopCount, Func<T, int> stopOf)
    {
        var offsets = new int[stopCount + 1];
        foreach (var item in items) offsets[stopOf(item) + 1]++;
        for (int s = 0; s < stopCount; s++) offsets[s + 1] += offsets[s];
        var next = offsets[..^1];
        var grouped = new T[items.Count];
        foreach (var item in items) grouped[next[stopOf(item)]++] = item;
        return (offsets, grouped);
    }
}
