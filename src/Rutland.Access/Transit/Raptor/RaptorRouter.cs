using Rutland.Access.Transit.Network;

namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// Range RAPTOR (Delling, Pajor &amp; Werneck, "Round-Based Public Transit Routing") over a
/// <see cref="TransitNetwork"/>. Stateless and thread-safe: every call rents its own scratch labels.
/// </summary>
/// <remarks>
/// Departure minutes are searched from latest to earliest, keeping labels between minutes: a journey available
/// from a later minute is also available from an earlier one (by waiting), so old labels stay valid upper bounds
/// and only stops improved by the earlier departure need rescanning (rRAPTOR). An access stop is re-marked only at the
/// minute it first catches a departure it missed later (<see cref="AccessSeeds"/>), not every minute its label moves.
/// <para>
/// Unknown-phase frequency entries (exact_times=0) have no timetable to route on. Like R5 we draw each entry's
/// offset uniformly in [0, headway) per Monte Carlo draw and run the whole range search per draw, so the result
/// distribution (minutes × draws) reflects the unknown wait instead of one arbitrary phase. Without such entries
/// every draw would be identical, so only one is run.
/// </para>
/// </remarks>
public sealed class RaptorRouter(TransitNetwork network)
{
    private const int Unreached = RaptorState.Unreached;

    private readonly Lazy<StopDepartures> _departures = new(() => new StopDepartures(network));

    // A matrix asks every origin's search for the same destinations (the same lists): their indices are built once.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<IReadOnlyList<StopAccess>>, EgressIndex> _egressIndices = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<IReadOnlyList<FlexAccess>>, KeptFlexEgress> _flexEgressIndices = new();

    // A journey is searched to one destination: its egress indices are kept per destination's lists of links and legs.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<StopAccess>, EgressIndex> _singleEgressIndices = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<FlexAccess>, KeptFlexEgress> _singleFlexEgressIndices = new();

    private sealed record KeptFlexEgress(FlexEgressIndex? Index);

    /// <summary>The phases of the draws of the seed last asked for: every search of a matrix draws the same ones.</summary>
    private volatile KeptPhases? _phases;

    private sealed record KeptPhases(int Seed, int[]?[] Draws);

    /// <summary>Draws a seed's phases have room for at first: the default 20 (<see cref="RaptorRequest.MonteCarloDraws"/>)
    /// with room to spare, so a matrix never grows the array; a request asking more doubles it, keeping what it holds.</summary>
    private const int KeptDrawsAtFirst = 64;

    /// <summary>The draw's offsets (<see cref="FrequencyPhases.Draw"/>), shared: read, never written.</summary>
    private int[] Phases(int seed, int draw)
    {
        var kept = _phases;
        if (kept is null || kept.Seed != seed)
            _phases = kept = new KeptPhases(seed, new int[]?[Math.Max(draw + 1, KeptDrawsAtFirst)]);
        else if (kept.Draws.Length <= draw)
        {
            var grown = new int[]?[Math.Max(draw + 1, 2 * kept.Draws.Length)];
            Array.Copy(kept.Draws, grown, kept.Draws.Length);
            _phases = kept = new KeptPhases(seed, grown);
        }
        return kept.Draws[draw] ??= FrequencyPhases.Draw(network, seed, draw);
    }

    public TransitNetwork Network => network;

    /// <summary>The range search; a cancelled one throws <see cref="OperationCanceledException"/> before its next departure minute.</summary>
    public RaptorResult Search(RaptorRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var departures = DepartureMinutes(request);
        int targetCount = request.Targets.Count;
        int draws = network.FrequencyEntryCount > 0 ? request.MonteCarloDraws : 1;
        var travel = new int[targetCount * draws * departures.Length];
        var egress = _egressIndices.GetValue(request.Targets, t => new EgressIndex(t, network.StopCount));
        var flexEgress = _flexEgressIndices.GetValue(request.FlexTargets, t => new(FlexEgressIndex.Build(t, network.StopCount))).Index;
        var boarding = _departures.Value;
        // Without unknown-phase frequencies this is the whole search; with them, the journeys every draw shares.
        using var scheduled = NewState(request);
        scheduled.Reset(targetCount);
        using var seeds = AccessSeeds.Build(request, departures, boarding.CollectScheduled);
        var log = network.FrequencyEntryCount > 0 ? new ScheduledRoundLog(scheduled.Rounds, network.StopCount, boarding.FrequencyStops) : null;
        int drawCount = log is null ? 0 : draws;
        var drawStates = KeptDrawStates(request, drawCount);
        var drawOffsets = new int[drawCount][];
        var drawSeeds = new AccessSeeds[drawCount];
        for (int draw = 0; draw < drawCount; draw++)
        {
            var offsets = drawOffsets[draw] = Phases(request.Seed, draw);
            drawSeeds[draw] = AccessSeeds.Build(request, departures, (stop, from, to, into) => boarding.CollectFrequency(stop, from, to, offsets, into));
            drawStates[draw].Reset(targetCount);
        }
        for (int minute = departures.Length - 1; minute >= 0; minute--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int departure = departures[minute];
            if (minute == departures.Length - 1) SeedAccess(departure, request, scheduled);
            else SeedChangedAccess(seeds, minute, scheduled);
            log?.Clear();
            log?.Record(0, scheduled.ReachedThisRound);
            Rounds(departure, request, egress, flexEgress, [], scheduled, log, null);
            if (log is null) Record(travel, scheduled, request, 0, 1, minute, departures);
            for (int draw = 0; draw < drawCount; draw++)
            {
                var state = drawStates[draw];
                state.ClearMarks();
                for (int t = 0; t < targetCount; t++) state.TargetBest[t] = Math.Min(state.TargetBest[t], scheduled.TargetBest[t]);
                log!.MarkFrequencyStops(0, scheduled, state);
                if (minute < departures.Length - 1) SeedChangedAccess(drawSeeds[draw], minute, state, scheduled);
                Rounds(departure, request, egress, flexEgress, drawOffsets[draw], state, null, (log, scheduled));
                Record(travel, state, request, draw, draws, minute, departures);
            }
        }
        foreach (var drawSeed in drawSeeds) drawSeed.Dispose();
        return new RaptorResult(departures, draws, targetCount, travel);
    }

    /// <summary>
    /// The range search without its shortcuts: every draw searched on its own and every access label re-marked every
    /// minute (as before <see cref="AccessSeeds"/> and <see cref="ScheduledRoundLog"/>). Kept only as the reference the
    /// tests hold <see cref="Search"/> to, on the real data and on random networks; answers never use it.
    /// </summary>
    public RaptorResult SearchWithoutShortcuts(RaptorRequest request)
    {
        Validate(request);
        var departures = DepartureMinutes(request);
        int draws = network.FrequencyEntryCount > 0 ? request.MonteCarloDraws : 1;
        var travel = new int[request.Targets.Count * draws * departures.Length];
        var egress = new EgressIndex(request.Targets, network.StopCount);
        var flexEgress = FlexEgressIndex.Build(request.FlexTargets, network.StopCount);
        using var state = NewState(request);
        for (int draw = 0; draw < draws; draw++)
        {
            var offsets = FrequencyPhases.Draw(network, request.Seed, draw);
            state.Reset(request.Targets.Count);
            for (int minute = departures.Length - 1; minute >= 0; minute--)
            {
                SeedAccess(departures[minute], request, state);
                Rounds(departures[minute], request, egress, flexEgress, offsets, state, null, null);
                Record(travel, state, request, draw, draws, minute, departures);
            }
        }
        return new RaptorResult(departures, draws, request.Targets.Count, travel);
    }

    /// <summary>
    /// Each thread keeps its draws' labels between searches: a search holds one set per draw at once, more than
    /// <see cref="System.Buffers.ArrayPool{T}"/> keeps, so renting them anew would allocate them anew every search.
    /// </summary>
    [ThreadStatic] private static (int Stops, int Patterns, int Rounds, int Targets, List<RaptorState> States)? t_drawStates;

    private List<RaptorState> KeptDrawStates(RaptorRequest request, int count)
    {
        var shape = (network.StopCount, network.PatternCount, request.MaxTransfers + 2, request.Targets.Count);
        if (t_drawStates is not { } kept || (kept.Stops, kept.Patterns, kept.Rounds, kept.Targets) != shape)
        {
            foreach (var state in t_drawStates?.States ?? []) state.Dispose();
            t_drawStates = kept = (shape.StopCount, shape.PatternCount, shape.Item3, shape.Count, []);
        }
        while (kept.States.Count < count) kept.States.Add(NewState(request));
        return kept.States;
    }

    private static void Record(int[] travel, RaptorState state, RaptorRequest request, int draw, int draws, int minute, int[] departures)
    {
        int departure = departures[minute];
        for (int target = 0; target < request.Targets.Count; target++)
        {
            int arrival = state.TargetBest[target];
            travel[(target * draws + draw) * departures.Length + minute] =
                arrival == Unreached || arrival - departure > request.MaxTravelSeconds ? RaptorResult.Unreachable : arrival - departure;
        }
    }

    /// <summary>
    /// The journey to one destination leaving at <paramref name="departureSeconds"/> in Monte Carlo draw
    /// <paramref name="draw"/>: earliest arrival, and the fewest rides among equally early journeys. Null if unreachable.
    /// </summary>
    public Itinerary? FindItinerary(RaptorRequest request, int target, int departureSeconds, int draw = 0)
    {
        Validate(request);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, request.Targets.Count);
        IReadOnlyList<FlexAccess> flexTargets = request.FlexTargets.Count > 0 ? request.FlexTargets[target] : [];
        var single = request with { Targets = [request.Targets[target]], FlexTargets = request.FlexTargets.Count > 0 ? [flexTargets] : [] };
        var egress = _singleEgressIndices.GetValue(request.Targets[target], t => new EgressIndex([t], network.StopCount));
        var flexEgress = _singleFlexEgressIndices.GetValue(flexTargets, t => new(FlexEgressIndex.Build([t], network.StopCount))).Index;
        var offsets = Phases(request.Seed, draw);
        using var state = NewState(single);
        state.Reset(1);
        SeedAccess(departureSeconds, single, state);
        Rounds(departureSeconds, single, egress, flexEgress, offsets, state, null, null);

        int arrival = Unreached, round = 0;
        StopAccess exit = default;
        FlexAccess? flexExit = null;
        for (int k = 1; k < state.Rounds; k++)
        {
            foreach (var e in single.Targets[0])
            {
                int alighted = state.RideArrival[k * state.StopCount + e.Stop];
                if (alighted != Unreached && alighted + e.WalkSeconds < arrival) (arrival, round, exit, flexExit) = (alighted + e.WalkSeconds, k, e, null);
            }
            foreach (var f in flexTargets)
            {
                int alighted = state.RideArrival[k * state.StopCount + f.Stop];
                int reached = alighted == Unreached ? Unreached : f.EgressArrival(alighted);
                if (reached < arrival) (arrival, round, exit, flexExit) = (reached, k, new StopAccess(f.Stop, 0), f);
            }
        }
        if (arrival == Unreached || arrival - departureSeconds > request.MaxTravelSeconds) return null;
        return new Itinerary(departureSeconds, arrival, Reconstruct(state, request, offsets, departureSeconds, round, exit, flexExit));
    }

    private List<ItineraryLeg> Reconstruct(RaptorState state, RaptorRequest request, int[] offsets, int departure, int round, StopAccess exit, FlexAccess? flexExit)
    {
        int n = state.StopCount;
        int stop = exit.Stop;
        int alighted = state.RideArrival[round * n + stop];
        var legs = new List<ItineraryLeg>();
        if (flexExit is { } f)
        {
            int pickup = f.PickupAt(alighted);
            legs.Add(new EgressWalkLeg(f.FlexStop, pickup + f.RideSeconds, pickup + f.RideSeconds + f.WalkSeconds));
            legs.Add(new FlexRideLeg(f.TripId, stop, f.FlexStop, pickup, pickup + f.RideSeconds));
        }
        else legs.Add(new EgressWalkLeg(stop, alighted, alighted + exit.WalkSeconds));
        for (int k = round; k > 0; k--)
        {
            int label = k * n + stop;
            int pattern = state.RidePattern[label], trip = state.RideTrip[label], position = state.RideBoardPosition[label];
            int boardStop = network.PatternStops[network.PatternStopOffsets[pattern] + position];
            legs.Add(new RideLeg(network.RouteId(pattern), network.RouteName(pattern), network.Mode(pattern), network.TripId(pattern, trip),
                boardStop, stop, DepartureAt(pattern, trip, position, offsets), state.RideArrival[label]));
            stop = boardStop;
            if (k == 1) break;
            int walkedFrom = state.ReachFromStop[(k - 1) * n + stop];
            if (walkedFrom >= 0)
            {
                legs.Add(new TransferLeg(walkedFrom, stop, state.RideArrival[(k - 1) * n + walkedFrom], state.ReachArrival[(k - 1) * n + stop]));
                stop = walkedFrom;
            }
        }
        // The first stop was reached on foot, or else by the on-demand access leg that gives its label.
        if (request.Access.Any(a => a.Stop == stop && departure + a.WalkSeconds == state.ReachArrival[stop]))
            legs.Add(new AccessWalkLeg(stop, departure, state.ReachArrival[stop]));
        else
        {
            var a = request.FlexAccess.First(a => a.Stop == stop && a.AccessArrival(departure) == state.ReachArrival[stop]);
            int pickup = a.PickupAt(departure + a.WalkSeconds);
            legs.Add(new FlexRideLeg(a.TripId, a.FlexStop, stop, pickup, pickup + a.RideSeconds));
            legs.Add(new AccessWalkLeg(a.FlexStop, departure, departure + a.WalkSeconds));
        }
        legs.Reverse();
        return legs;
    }

    /// <summary>Every access label for one departure, marking each stop it improves.</summary>
    private static void SeedAccess(int departure, RaptorRequest request, RaptorState state)
    {
        state.ClearMarks();
        foreach (var access in request.Access)
        {
            int arrival = departure + access.WalkSeconds;
            if (arrival < state.ReachArrival[access.Stop])
            {
                state.ReachArrival[access.Stop] = arrival;
                state.ReachedThisRound.Add(access.Stop);
            }
        }
        foreach (var flex in request.FlexAccess)
        {
            int arrival = flex.AccessArrival(departure);
            if (arrival < state.ReachArrival[flex.Stop])
            {
                state.ReachArrival[flex.Stop] = arrival;
                state.ReachedThisRound.Add(flex.Stop);
            }
        }
    }

    /// <summary>
    /// Only the access labels that catch a departure this minute they missed the minute after (<see cref="AccessSeeds"/>);
    /// in a draw's search (over the scheduled search's labels, <paramref name="floor"/>), a departure of a frequency
    /// pattern, so only those patterns are marked.
    /// </summary>
    private static void SeedChangedAccess(AccessSeeds seeds, int minute, RaptorState state, RaptorState? floor = null)
    {
        if (floor is null) state.ClearMarks();
        var marks = floor is null ? state.ReachedThisRound : state.ReachedForFrequencyOnly;
        floor ??= state;
        for (int e = seeds.Start(minute); e < seeds.End(minute); e++)
        {
            int stop = seeds.Stop(e), arrival = seeds.Arrival(e);
            if (arrival < Math.Min(state.ReachArrival[stop], floor.ReachArrival[stop]))
            {
                state.ReachArrival[stop] = arrival;
                marks.Add(stop);
            }
        }
    }

    /// <summary>
    /// The RAPTOR rounds for one departure from the marked access stops; improves the labels already in <paramref name="state"/>.
    /// With <paramref name="record"/> this is the scheduled-only search: frequency patterns are left out and each round's
    /// improvements logged. With <paramref name="scheduled"/> it is a draw's: its labels hold only journeys that beat the
    /// scheduled search's, which it reads as well and whose improved frequency stops it scans each round.
    /// </summary>
    private void Rounds(int departure, RaptorRequest request, EgressIndex egress, FlexEgressIndex? flexEgress, int[] offsets, RaptorState state,
        ScheduledRoundLog? record, (ScheduledRoundLog Log, RaptorState State)? scheduled)
    {
        int n = state.StopCount;
        var floor = scheduled?.State ?? state;
        // A label at or past this can never beat every destination's best arrival nor fit the travel-time cutoff.
        int cutoff = (int)Math.Min(int.MaxValue, (long)departure + request.MaxTravelSeconds + 1);
        for (int k = 1; k < state.Rounds; k++)
        {
            state.AdvanceRound();
            scheduled?.Log.MarkFrequencyStops(k, floor, state);
            // A draw keeps going while the scheduled search improved frequency stops in later rounds.
            if (state.ReachedPreviousRound.Count == 0 && state.ReachedForFrequencyOnlyPreviousRound.Count == 0
                && state.ReachedForFrequencyOnly.Count == 0 && !(scheduled?.Log.LastRound > k)) break;
            int bound = Math.Min(cutoff, WorstTargetBest(state, request.Targets.Count));
            int slack = k > 1 ? request.MinTransferSeconds : 0;
            int markedPatterns = MarkPatternsThrough(state.ReachedPreviousRound, state, frequencyOnly: false, scheduledOnly: record is not null);
            markedPatterns = MarkPatternsThrough(state.ReachedForFrequencyOnlyPreviousRound, state, frequencyOnly: true, scheduledOnly: false, markedPatterns);
            for (int i = 0; i < markedPatterns; i++)
            {
                int pattern = state.MarkedPatterns[i];
                int first = state.PatternFirstPosition[pattern];
                state.PatternFirstPosition[pattern] = int.MaxValue;
                int frequency = network.PatternFrequencyIndex[pattern];
                if (frequency < 0) ScanScheduled(pattern, first, k, slack, bound, state, floor);
                else ScanFrequency(pattern, first, k, slack, bound, network.FrequencySchedules[frequency], offsets[frequency], state, floor);
            }
            RelaxTransfers(k, bound, request, state, floor);
            var ridden = state.RiddenThisRound;
            for (int i = 0; i < ridden.Count; i++)
            {
                int stop = ridden[i];
                int alighted = state.RideArrival[k * n + stop];
                for (int e = egress.Start(stop); e < egress.End(stop); e++)
                {
                    int target = egress.Target(e);
                    state.TargetBest[target] = Math.Min(state.TargetBest[target], alighted + egress.WalkSeconds(e));
                }
                flexEgress?.Relax(stop, alighted, state.TargetBest);
            }
            record?.Record(k, state.ReachedThisRound);
        }
    }

    /// <summary>With several destinations a label is useless only once it is too late for all of them.</summary>
    private static int WorstTargetBest(RaptorState state, int targetCount)
    {
        int worst = int.MinValue;
        for (int t = 0; t < targetCount; t++) worst = Math.Max(worst, state.TargetBest[t]);
        return worst;
    }

    /// <summary>Marks the patterns through <paramref name="stops"/> (all, or only frequency or only scheduled ones) after the first <paramref name="marked"/>; returns the count.</summary>
    private int MarkPatternsThrough(StopSet stops, RaptorState state, bool frequencyOnly, bool scheduledOnly, int marked = 0)
    {
        for (int i = 0; i < stops.Count; i++)
        {
            int stop = stops[i];
            for (int j = network.StopPatternOffsets[stop]; j < network.StopPatternOffsets[stop + 1]; j++)
            {
                int pattern = network.StopPatterns[j];
                bool frequency = network.PatternFrequencyIndex[pattern] >= 0;
                if ((frequencyOnly && !frequency) || (scheduledOnly && frequency)) continue;
                int position = network.StopPatternPositions[j];
                if (state.PatternFirstPosition[pattern] == int.MaxValue) state.MarkedPatterns[marked++] = pattern;
                if (position < state.PatternFirstPosition[pattern]) state.PatternFirstPosition[pattern] = position;
            }
        }
        return marked;
    }

    /// <summary>Scans one pattern; labels count only where they beat <paramref name="floor"/>'s too (the state itself but in a draw's search).</summary>
    private void ScanScheduled(int pattern, int first, int k, int slack, int bound, RaptorState state, RaptorState floor)
    {
        int n = state.StopCount;
        int offset = network.PatternStopOffsets[pattern];
        int length = network.PatternStopOffsets[pattern + 1] - offset;
        var times = network.PatternTimes[pattern];
        int tripCount = network.PatternTripCounts[pattern];
        int trip = -1, boardPosition = -1;
        for (int i = first; i < length; i++)
        {
            int stop = network.PatternStops[offset + i];
            if (trip >= 0)
            {
                int arrival = times[(trip * length + i) * 2];
                if (arrival < bound && arrival < Math.Min(state.RideArrival[k * n + stop], floor.RideArrival[k * n + stop]))
                    Alight(stop, arrival, pattern, trip, boardPosition, k, state, floor);
            }
            if (i == length - 1) break;
            int reached = Math.Min(state.ReachArrival[(k - 1) * n + stop], floor.ReachArrival[(k - 1) * n + stop]);
            if (reached == Unreached) continue;
            int ready = reached + slack;
            // Trips are FIFO, so only trips before the current one can improve, and only if the latest of them is catchable.
            int candidates = trip >= 0 ? trip : tripCount;
            if (candidates == 0 || times[((candidates - 1) * length + i) * 2 + 1] < ready) continue;
            int lo = 0, hi = candidates - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (times[(mid * length + i) * 2 + 1] >= ready) hi = mid;
                else lo = mid + 1;
            }
            trip = lo;
            boardPosition = i;
        }
    }

    /// <summary>Trip j of a frequency entry leaves its first stop at start + offset + j·headway; times follow the template.</summary>
    private void ScanFrequency(int pattern, int first, int k, int slack, int bound, FrequencySchedule schedule, int phaseOffset, RaptorState state, RaptorState floor)
    {
        int n = state.StopCount;
        int offset = network.PatternStopOffsets[pattern];
        int length = network.PatternStopOffsets[pattern + 1] - offset;
        var template = network.PatternTimes[pattern];
        int firstDeparture = schedule.StartSeconds + phaseOffset;
        int headway = schedule.HeadwaySeconds;
        int trip = -1, boardPosition = -1;
        for (int i = first; i < length; i++)
        {
            int stop = network.PatternStops[offset + i];
            if (trip >= 0)
            {
                int arrival = firstDeparture + trip * headway + template[i * 2];
                if (arrival < bound && arrival < Math.Min(state.RideArrival[k * n + stop], floor.RideArrival[k * n + stop]))
                    Alight(stop, arrival, pattern, trip, boardPosition, k, state, floor);
            }
            if (i == length - 1) break;
            int reached = Math.Min(state.ReachArrival[(k - 1) * n + stop], floor.ReachArrival[(k - 1) * n + stop]);
            if (reached == Unreached) continue;
            int wait = reached + slack - firstDeparture - template[i * 2 + 1];
            int candidate = wait <= 0 ? 0 : (wait + headway - 1) / headway;
            if (firstDeparture + candidate * headway >= schedule.EndSeconds || (trip >= 0 && candidate >= trip)) continue;
            trip = candidate;
            boardPosition = i;
        }
    }

    private static void Alight(int stop, int arrival, int pattern, int trip, int boardPosition, int k, RaptorState state, RaptorState floor)
    {
        int label = k * state.StopCount + stop;
        state.RideArrival[label] = arrival;
        state.RidePattern[label] = pattern;
        state.RideTrip[label] = trip;
        state.RideBoardPosition[label] = boardPosition;
        state.RiddenThisRound.Add(stop);
        if (arrival < Math.Min(state.ReachArrival[label], floor.ReachArrival[label]))
        {
            state.ReachArrival[label] = arrival;
            state.ReachFromStop[label] = -1;
            state.ReachedThisRound.Add(stop);
        }
    }

    /// <summary>Transfers start only from ride arrivals, so walks are never chained (the street graph already gives shortest walks).</summary>
    private void RelaxTransfers(int k, int bound, RaptorRequest request, RaptorState state, RaptorState floor)
    {
        double factor = request.TransferWalkFactor;
        int n = state.StopCount;
        var ridden = state.RiddenThisRound;
        for (int i = 0; i < ridden.Count; i++)
        {
            int from = ridden[i];
            int alighted = state.RideArrival[k * n + from];
            for (int j = network.TransferOffsets[from]; j < network.TransferOffsets[from + 1]; j++)
            {
                int to = network.TransferTargets[j];
                int walk = network.TransferSeconds[j];
                if (walk > request.MaxTransferWalkSeconds) continue;
                int arrival = alighted + (factor == 1 ? walk : (int)Math.Ceiling(walk * factor));
                int label = k * n + to;
                if (arrival < bound && arrival < Math.Min(state.ReachArrival[label], floor.ReachArrival[label]))
                {
                    state.ReachArrival[label] = arrival;
                    state.ReachFromStop[label] = from;
                    state.ReachedThisRound.Add(to);
                }
            }
        }
    }

    private int DepartureAt(int pattern, int trip, int position, int[] offsets)
    {
        var times = network.PatternTimes[pattern];
        int frequency = network.PatternFrequencyIndex[pattern];
        if (frequency < 0) return times[(trip * network.PatternStopSequence(pattern).Length + position) * 2 + 1];
        var schedule = network.FrequencySchedules[frequency];
        return schedule.StartSeconds + offsets[frequency] + trip * schedule.HeadwaySeconds + times[position * 2 + 1];
    }

    private RaptorState NewState(RaptorRequest request) =>
        new(network.StopCount, network.PatternCount, request.MaxTransfers + 2, request.Targets.Count);

    private static int[] DepartureMinutes(RaptorRequest request)
    {
        var minutes = new int[(request.WindowEndSeconds - request.WindowStartSeconds + 59) / 60];
        for (int i = 0; i < minutes.Length; i++) minutes[i] = request.WindowStartSeconds + i * 60;
        return minutes;
    }

    private void Validate(RaptorRequest request)
    {
        if (request.WindowEndSeconds <= request.WindowStartSeconds)
            throw new ArgumentException($"Departure window [{request.WindowStartSeconds}, {request.WindowEndSeconds}) is empty.", nameof(request));
        if (request.MaxTransfers < 0) throw new ArgumentException("MaxTransfers must not be negative.", nameof(request));
        if (request.MinTransferSeconds < 0) throw new ArgumentException("MinTransferSeconds must not be negative.", nameof(request));
        if (!(request.TransferWalkFactor > 0) || double.IsInfinity(request.TransferWalkFactor))
            throw new ArgumentException("TransferWalkFactor must be positive and finite.", nameof(request));
        if (request.MaxTravelSeconds <= 0) throw new ArgumentException("MaxTravelSeconds must be positive.", nameof(request));
        if (request.MonteCarloDraws < 1) throw new ArgumentException("MonteCarloDraws must be at least 1.", nameof(request));
        if (request.Targets.Count == 0) throw new ArgumentException("At least one target is needed.", nameof(request));
        ValidateStops(request.Access, "Access");
        if (request.FlexTargets.Count is not 0 && request.FlexTargets.Count != request.Targets.Count)
            throw new ArgumentException("FlexTargets must have one list per target, or none.", nameof(request));
        ValidateFlex(request.FlexAccess);
        foreach (var legs in request.FlexTargets) ValidateFlex(legs);
        for (int t = 0; t < request.Targets.Count; t++) ValidateStops(request.Targets[t], $"Target {t} egress");
    }

    private void ValidateFlex(IReadOnlyList<FlexAccess> legs)
    {
        for (int i = 0; i < legs.Count; i++)
        {
            var flex = legs[i];
            if ((uint)flex.Stop >= (uint)network.StopCount) throw new ArgumentException($"On-demand leg refers to unknown stop index {flex.Stop}.");
            if (flex.WalkSeconds < 0 || flex.WaitSeconds < 0 || flex.RideSeconds < 0) throw new ArgumentException($"On-demand leg to stop {flex.Stop} has a negative duration.");
        }
    }

    private void ValidateStops(IReadOnlyList<StopAccess> walks, string what)
    {
        foreach (var walk in walks)
        {
            if ((uint)walk.Stop >= (uint)network.StopCount) throw new ArgumentException($"{what} refers to unknown stop index {walk.Stop}.");
            if (walk.WalkSeconds < 0) throw new ArgumentException($"{what} has negative walk time to stop {walk.Stop}.");
        }
    }
}
