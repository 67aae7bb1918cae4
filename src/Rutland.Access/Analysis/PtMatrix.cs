using Rutland.Access.Routing;
using Rutland.Access.Transit.Flex;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>
/// Public-transport travel times from origins to destinations over a departure window: one range-RAPTOR search per
/// origin to all destinations (origins in parallel), one egress walk search per destination. With on-demand zones
/// (<see cref="FlexRouter"/>) the search also starts and ends with on-demand legs, and direct on-demand journeys
/// compete with it minute by minute. Deterministic: Monte Carlo phases come from the query's seed. A cancelled
/// computation (an abandoned or timed-out request) throws <see cref="OperationCanceledException"/> within one
/// departure minute of one origin's search, and starts no further origin.
/// </summary>
/// <remarks>Given <c>originWalks</c> worked out for the same inputs, it reads the walks from them instead of searching.</remarks>
public static class PtMatrix
{
    public static IReadOnlyList<PtTravelTime> Compute(PublicTransport pt, IReadOnlyList<PtPoint> origins,
        IReadOnlyList<PtPoint> destinations, PtQuery query, CancellationToken cancellationToken = default, PtOriginWalks? originWalks = null)
    {
        // One thread per core: the searches are CPU-bound, and threads beyond that would keep the pool from running the
        // request timeout's timer and the notice of a client gone, the very things that cancel this work.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        pt = pt.ForModes(query.Modes);
        if (originWalks is not null && !originWalks.Fit(pt.Walking, origins, destinations, query))
            throw new ArgumentException("the walks were worked out for other walking links, walk, origins or destinations", nameof(originWalks));
        var day = pt.Network(query.Date);
        var flex = pt.Flex(query.Date);
        var destinationPoints = destinations.Select(d => d.Location).ToArray();
        var egress = new IReadOnlyList<WalkLink>[destinations.Count];
        Parallel.For(0, destinations.Count, parallel, d => egress[d] = pt.Walking.ToDestination(destinations[d].Location, query.MaxWalkMeters, query.WalkSpeedKmh));
        var targets = egress.Select(StopAccesses).ToArray();
        var flexTargets = new IReadOnlyList<FlexAccess>[flex is null ? 0 : destinations.Count];
        Parallel.For(0, flexTargets.Length, parallel, d => flexTargets[d] = flex!.Egress(egress[d], cancellationToken));

        var homes = ReturnTrips(pt, day, flex, origins, destinations, query, parallel);
        var rows = new PtTravelTime[origins.Count][];
        Parallel.For(0, origins.Count, parallel, o =>
        {
            var walk = originWalks?[o] ?? pt.Walking.FromOrigin(origins[o].Location, query.MaxWalkMeters, query.WalkSpeedKmh, destinationPoints);
            var request = query.Request(StopAccesses(walk.Stops), targets, query.WindowStartSeconds, query.WindowEndSeconds);
            if (flex is not null) request = request with { FlexAccess = flex.Access(walk.Stops, cancellationToken), FlexTargets = flexTargets };
            var result = walk.Stops.Count > 0 ? day.Router.Search(request, cancellationToken) : null;
            rows[o] = new PtTravelTime[destinations.Count];
            for (int d = 0; d < destinations.Count; d++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var direct = flex?.Direct(walk.Stops, egress[d], cancellationToken) ?? FlexDirect.None;
                var pair = new PairSearch(pt, day, query, request, result, d, walk.Stops, egress[d], walk.Direct[d], flex, direct);
                rows[o][d] = pair.Answer(origins[o].Id, destinations[d].Id, homes?[d][o]);
            }
        });
        return rows.SelectMany(r => r).ToArray();
    }

    internal static StopAccess[] StopAccesses(IReadOnlyList<WalkLink> links) =>
        links.Select(l => new StopAccess(l.Stop, l.Seconds)).ToArray();

    /// <summary>Per destination, the journeys home to every origin after the appointment; null without an appointment.</summary>
    private static PtReturnTrip.Home[][]? ReturnTrips(PublicTransport pt, ServiceDayNetwork day, FlexRouter? flex,
        IReadOnlyList<PtPoint> origins, IReadOnlyList<PtPoint> destinations, PtQuery query, ParallelOptions parallel)
    {
        if (query.ArriveBySeconds is not { } arriveBy || query.AppointmentMinutes is not { } appointment) return null;
        var ways = PtReturnTrip.WaysIn.For(pt, flex, origins, query, parallel);
        var homes = new PtReturnTrip.Home[destinations.Count][];
        Parallel.For(0, destinations.Count, parallel, d => homes[d] =
            PtReturnTrip.Search(pt, day, flex, destinations[d], ways, arriveBy + appointment * 60, query, parallel.CancellationToken));
        return homes;
    }

    /// <summary>One origin–destination pair read off its origin's range search.</summary>
    private sealed record PairSearch(PublicTransport Pt, ServiceDayNetwork Day, PtQuery Query, RaptorRequest Request,
        RaptorResult? Result, int Target, IReadOnlyList<WalkLink> Access, IReadOnlyList<WalkLink> Egress, DirectWalk? Direct,
        FlexRouter? Flex, FlexDirect DirectFlex)
    {
        public PtTravelTime Answer(string from, string to, PtReturnTrip.Home? home)
        {
            // The search's samples as they are (PtSamples copies what it keeps), or a copy where direct rides beat some.
            ReadOnlySpan<int> transit = Result is null ? Unreachable(Query.WindowMinutes)
                : DirectOnDemandByMinute is null ? Result.TravelTimes(Target) : WithDirectOnDemand(Result.TravelTimes(Target).ToArray());
            var samples = Samples(transit, Direct?.Seconds);
            var percentiles = Query.Percentiles.ToDictionary(p => p, p => samples.PercentileMinutes(p));
            bool walkOnly = samples.Reachable && Direct is { } walk
                && (Samples(transit, null).PercentileMinutes(50) is not { } transitMedian || walk.Seconds / 60.0 <= transitMedian);
            var latestInTime = Query.ArriveBySeconds is { } arriveBy && samples.Reachable ? LatestInTime(arriveBy) : null;
            var appointment = Appointment(home, samples.Reachable, latestInTime);
            bool byTransit = samples.Reachable && Query.ArriveBySeconds is null && !walkOnly;
            var best = !samples.Reachable ? null
                : Query.ArriveBySeconds is not null ? latestInTime
                : walkOnly ? PtJourneyBuilder.Walk(Direct!.Value, Day.Date, Query.WindowStartSeconds)
                : Query.IncludeLegs ? BestTransitJourney() : null;
            bool estimated = byTransit && !Query.IncludeLegs ? BestTransitEstimated() : best?.Estimated ?? false;
            return new PtTravelTime(from, to, samples.PercentileMinutes(50), percentiles, samples.Reachable, samples.ReachableShare,
                estimated, walkOnly, Query.IncludeLegs ? best : null, appointment);
        }

        /// <summary>With arriveBy only samples arriving in time count (<see cref="PtSamples.ArrivingBy"/>).</summary>
        private PtSamples Samples(ReadOnlySpan<int> transit, int? walkSeconds) => Query.ArriveBySeconds is { } arriveBy
            ? PtSamples.ArrivingBy(transit, walkSeconds, DepartureOfSample, arriveBy)
            : new PtSamples(transit, walkSeconds, Result?.MinuteCount ?? Query.WindowMinutes);

        /// <summary>Samples run draw by draw, each draw over the window's departure minutes.</summary>
        private int DepartureOfSample(int sample) => Result is { } r
            ? r.DepartureSeconds[sample % r.MinuteCount]
            : Query.WindowStartSeconds + 60 * (sample % Query.WindowMinutes);

        /// <summary>
        /// The latest way to leave that still arrives by <paramref name="arriveBy"/>: on foot, by fixed routes (in every
        /// draw, leg by leg) or by a direct on-demand ride leaving inside the window; on a tie the simpler way. Null if none.
        /// </summary>
        private PtJourney? LatestInTime(int arriveBy)
        {
            (int Departure, PtJourney Journey)? latest = null;
            bool Later(int departure) => latest is null || departure > latest.Value.Departure;
            if (Direct is { } walk) latest = (arriveBy - walk.Seconds, PtJourneyBuilder.Walk(walk, Day.Date, arriveBy - walk.Seconds));
            if (Result?.LatestDeparture(Target, arriveBy) is { } t && Later(t) && Journey(t, 0) is { } journey)
                latest = (t, journey);
            if (DirectFlex.LatestDeparture(Query.WindowStartSeconds, arriveBy, arriveBy) is { } f && Later(f) && DirectFlex.Best(f) is { } ride)
                latest = (f, PtJourneyBuilder.DirectOnDemand(Pt, Flex!, ride.Leg, ride.EgressWalkSeconds, Day.Date, f, Access, Egress));
            return latest?.Journey;
        }

        /// <summary>The fastest journey by fixed routes (its departure and draw) or else by a direct on-demand ride (its
        /// departure), fixed routes on a tie; null when neither runs.</summary>
        private (int Departure, int Draw, bool OnDemand)? BestTransit()
        {
            var flexBest = BestDirectOnDemand();
            if (Result?.BestDeparture(Target) is { } best && (flexBest is null || Result.Best(Target) <= flexBest.Value.Travel))
                return (best.DepartureSeconds, best.Draw, false);
            return flexBest is { } f ? (f.Departure, 0, true) : null;
        }

        private PtJourney? BestTransitJourney() => BestTransit() switch
        {
            null => null,
            { OnDemand: true } ride => DirectOnDemandJourney(ride.Departure),
            var best => Journey(best.Value.Departure, best.Value.Draw),
        };

        /// <summary>
        /// Whether <see cref="BestTransitJourney"/> is estimated, without building it when it rides fixed routes: such a
        /// journey starts with a walk on one of the origin's access links (to the stop it boards or is picked up at) and
        /// ends with a walk on one of the destination's egress links, and a walk is estimated exactly when its link is.
        /// So when every access link or every egress link is estimated (the origin or the destination is off the
        /// footpath network), so is the journey; otherwise its itinerary decides, leg by leg as the journey would.
        /// </summary>
        private bool BestTransitEstimated() => BestTransit() switch
        {
            null => false,
            { OnDemand: true } ride => DirectOnDemandJourney(ride.Departure)?.Estimated ?? false,
            // Only a walk can be estimated: the journey is searched for only when some walk it might take is.
            var best => Access.All(l => l.Estimated) || Egress.All(l => l.Estimated)
                || (Pt.HasEstimatedTransfers || Access.Any(l => l.Estimated) || Egress.Any(l => l.Estimated))
                   && Day.Router.FindItinerary(Request, Target, best.Value.Departure, best.Value.Draw) is { } itinerary
                   && PtJourneyBuilder.IsEstimated(itinerary, Pt, Access, Egress),
        };

        private PtJourney? DirectOnDemandJourney(int departure) => DirectFlex.Best(departure) is { } ride
            ? PtJourneyBuilder.DirectOnDemand(Pt, Flex!, ride.Leg, ride.EgressWalkSeconds, Day.Date, departure, Access, Egress)
            : null;

        /// <summary>Every sample (minute × draw) improved by the direct on-demand journey leaving that minute, if faster.</summary>
        private int[] WithDirectOnDemand(int[] samples)
        {
            var byMinute = DirectOnDemandByMinute!;
            int minutes = Query.WindowMinutes;
            for (int m = 0; m < minutes; m++)
            {
                int flex = byMinute[m];
                if (flex == RaptorResult.Unreachable) continue;
                for (int i = m; i < samples.Length; i += minutes) samples[i] = Math.Min(samples[i], flex);
            }
            return samples;
        }

        /// <summary>The earliest departure minute with the fastest direct on-demand journey; null when none runs.</summary>
        private (int Departure, int Travel)? BestDirectOnDemand()
        {
            (int, int)? best = null;
            for (int m = 0; m < Query.WindowMinutes && DirectOnDemandByMinute is { } byMinute; m++)
            {
                int travel = byMinute[m];
                if (travel != RaptorResult.Unreachable && (best is null || travel < best.Value.Item2)) best = (Query.WindowStartSeconds + m * 60, travel);
            }
            return best;
        }

        /// <summary>Per departure minute of the window, the direct on-demand travel seconds, <see cref="RaptorResult.Unreachable"/>
        /// when none runs or it takes longer than the longest journey; null without any option. Read by the samples and the
        /// best journey, so worked out once.</summary>
        private int[]? DirectOnDemandByMinute => DirectFlex.IsEmpty ? null : _directOnDemandByMinute ??= DirectOnDemandMinutes();

        private int[]? _directOnDemandByMinute;

        private int[] DirectOnDemandMinutes()
        {
            var byMinute = new int[Query.WindowMinutes];
            for (int m = 0; m < byMinute.Length; m++)
            {
                int travel = DirectFlex.TravelSeconds(Query.WindowStartSeconds + m * 60);
                byMinute[m] = travel > Request.MaxTravelSeconds ? RaptorResult.Unreachable : travel;
            }
            return byMinute;
        }

        private PtJourney? Journey(int departureSeconds, int draw) =>
            Day.Router.FindItinerary(Request, Target, departureSeconds, draw) is { } itinerary
                ? PtJourneyBuilder.Build(itinerary, Pt, Day.Date, Access, Egress, Flex)
                : null;

        /// <summary>The appointment answer; when nothing arrives in time there is no latest departure and the journey
        /// home is not claimed (null), whatever runs after the appointment.</summary>
        private PtAppointment? Appointment(PtReturnTrip.Home? home, bool arrivesInTime, PtJourney? latest)
        {
            if (Query.ArriveBySeconds is not { } arriveBy) return null;
            DateTime At(int seconds) => Day.Date.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds);
            if (!arrivesInTime) home = null;
            return new PtAppointment(At(arriveBy), latest?.Departure, latest?.Arrival, Query.AppointmentMinutes, home?.Reachable,
                home?.FirstArrivalSeconds is { } first ? At(first) : null,
                home?.LastDepartureSeconds is { } last ? At(last) : null,
                home?.FirstJourney);
        }

        private static int[] Unreachable(int minutes)
        {
            var samples = new int[minutes];
            Array.Fill(samples, RaptorResult.Unreachable);
            return samples;
        }
    }
}
