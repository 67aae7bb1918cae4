using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>
/// Public-transport travel times from origins to destinations over a departure window: one range-RAPTOR search per
/// origin to all destinations (origins in parallel), one egress walk search per destination. Deterministic: Monte
/// Carlo phases come from the query's seed.
/// </summary>
public static class PtMatrix
{
    public static IReadOnlyList<PtTravelTime> Compute(PublicTransport pt, IReadOnlyList<PtPoint> origins,
        IReadOnlyList<PtPoint> destinations, PtQuery query)
    {
        var day = pt.Network(query.Date);
        var destinationPoints = destinations.Select(d => d.Location).ToArray();
        var egress = new IReadOnlyList<WalkLink>[destinations.Count];
        Parallel.For(0, destinations.Count, d => egress[d] = pt.Walking.ToDestination(destinations[d].Location, query.MaxWalkMeters, query.WalkSpeedKmh));
        var targets = egress.Select(StopAccesses).ToArray();

        var homes = ReturnTrips(pt, day, origins, destinations, query);
        var rows = new PtTravelTime[origins.Count][];
        Parallel.For(0, origins.Count, o =>
        {
            var walk = pt.Walking.FromOrigin(origins[o].Location, query.MaxWalkMeters, query.WalkSpeedKmh, destinationPoints);
            var request = query.Request(StopAccesses(walk.Stops), targets, query.WindowStartSeconds, query.WindowEndSeconds);
            var result = walk.Stops.Count > 0 ? day.Router.Search(request) : null;
            rows[o] = new PtTravelTime[destinations.Count];
            for (int d = 0; d < destinations.Count; d++)
            {
                var pair = new PairSearch(pt, day, query, request, result, d, walk.Stops, egress[d], walk.Direct[d]);
                rows[o][d] = pair.Answer(origins[o].Id, destinations[d].Id, homes?[d][o]);
            }
        });
        return rows.SelectMany(r => r).ToArray();
    }

    internal static StopAccess[] StopAccesses(IReadOnlyList<WalkLink> links) =>
        links.Select(l => new StopAccess(l.Stop, l.Seconds)).ToArray();

    /// <summary>Per destination, the journeys home to every origin after the appointment; null without an appointment.</summary>
    private static PtReturnTrip.Home[][]? ReturnTrips(PublicTransport pt, ServiceDayNetwork day,
        IReadOnlyList<PtPoint> origins, IReadOnlyList<PtPoint> destinations, PtQuery query)
    {
        if (query.ArriveBySeconds is not { } arriveBy || query.AppointmentMinutes is not { } appointment) return null;
        var walksToOrigins = new IReadOnlyList<WalkLink>[origins.Count];
        Parallel.For(0, origins.Count, o => walksToOrigins[o] = pt.Walking.ToDestination(origins[o].Location, query.MaxWalkMeters, query.WalkSpeedKmh));
        var homes = new PtReturnTrip.Home[destinations.Count][];
        Parallel.For(0, destinations.Count, d => homes[d] =
            PtReturnTrip.Search(pt, day, destinations[d], origins, walksToOrigins, arriveBy + appointment * 60, query));
        return homes;
    }

    /// <summary>One origin–destination pair read off its origin's range search.</summary>
    private sealed record PairSearch(PublicTransport Pt, ServiceDayNetwork Day, PtQuery Query, RaptorRequest Request,
        RaptorResult? Result, int Target, IReadOnlyList<WalkLink> Access, IReadOnlyList<WalkLink> Egress, DirectWalk? Direct)
    {
        public PtTravelTime Answer(string from, string to, PtReturnTrip.Home? home)
        {
            var transit = Result is null ? Unreachable(Query.WindowMinutes) : Result.TravelTimes(Target);
            var samples = new PtSamples(transit, Direct?.Seconds);
            var percentiles = Query.Percentiles.ToDictionary(p => p, p => samples.PercentileMinutes(p));
            double? transitMedian = new PtSamples(transit, null).PercentileMinutes(50);
            bool walkOnly = Direct is { } walk && (transitMedian is null || walk.Seconds / 60.0 <= transitMedian);
            var best = walkOnly ? PtJourneyBuilder.Walk(Direct!.Value, Day.Date, Query.WindowStartSeconds) : BestTransitJourney();
            return new PtTravelTime(from, to, samples.PercentileMinutes(50), percentiles, samples.Reachable, samples.ReachableShare,
                best?.Estimated ?? false, walkOnly, Query.IncludeLegs ? best : null, Appointment(home));
        }

        private PtJourney? BestTransitJourney()
        {
            if (Result?.BestDeparture(Target) is not { } best) return null;
            return Journey(best.DepartureSeconds, best.Draw);
        }

        private PtJourney? Journey(int departureSeconds, int draw) =>
            Day.Router.FindItinerary(Request, Target, departureSeconds, draw) is { } itinerary
                ? PtJourneyBuilder.Build(itinerary, Pt, Day.Date, Access, Egress)
                : null;

        private PtAppointment? Appointment(PtReturnTrip.Home? home)
        {
            if (Query.ArriveBySeconds is not { } arriveBy) return null;
            DateTime At(int seconds) => Day.Date.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds);
            int? byWalk = Direct is { } walk ? arriveBy - walk.Seconds : null;
            int? byTransit = Result?.LatestDeparture(Target, arriveBy);
            DateTime? departure = null, arrival = null;
            if (byWalk is { } w && (byTransit is null || w >= byTransit))
                (departure, arrival) = (At(w), At(arriveBy));
            else if (byTransit is { } t && Journey(t, 0) is { } journey)
                (departure, arrival) = (journey.Departure, journey.Arrival);
            return new PtAppointment(At(arriveBy), departure, arrival, Query.AppointmentMinutes, home?.Reachable,
                home?.FirstArrivalSeconds is { } first ? At(first) : null,
                home?.LastDepartureSeconds is { } last ? At(last) : null);
        }

        private static int[] Unreachable(int minutes)
        {
            var samples = new int[minutes];
            Array.Fill(samples, RaptorResult.Unreachable);
            return samples;
        }
    }
}
