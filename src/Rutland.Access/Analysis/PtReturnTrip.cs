using Rutland.Access.Routing;
using Rutland.Access.Transit.Flex;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>
/// Journeys home after an appointment: one range search from the destination, leaving any minute from the end of the
/// appointment until <see cref="PtDefaults.ReturnDeadlineSeconds"/>, to every origin at once; with on-demand zones
/// (a <see cref="FlexRouter"/>) on-demand legs start and end it, and a direct on-demand ride home competes with it, as on
/// the way there — only inside the zones' hours.
/// </summary>
public static class PtReturnTrip
{
    /// <summary>Whether a journey home exists, its first arrival and the last departure that still gets home (null when
    /// walking home), and with legs asked for the journey that first gets home.</summary>
    public readonly record struct Home(bool Reachable, int? FirstArrivalSeconds, int? LastDepartureSeconds, PtJourney? FirstJourney = null);

    /// <summary>
    /// The ways into every origin, found once for all destinations: walks from nearby stops and, with on-demand zones,
    /// on-demand legs from stops where some trip calls.
    /// </summary>
    public sealed record WaysIn(IReadOnlyList<PtPoint> Origins, IReadOnlyList<WalkLink>[] Walks, IReadOnlyList<FlexAccess>[]? OnDemand)
    {
        public static WaysIn For(PublicTransport pt, FlexRouter? flex, IReadOnlyList<PtPoint> origins, PtQuery query, ParallelOptions parallel)
        {
            var walks = new IReadOnlyList<WalkLink>[origins.Count];
            var onDemand = flex is null ? null : new IReadOnlyList<FlexAccess>[origins.Count];
            Parallel.For(0, origins.Count, parallel, o =>
            {
                walks[o] = pt.Walking.ToDestination(origins[o].Location, query.MaxWalkMeters, query.WalkSpeedKmh);
                if (onDemand is not null) onDemand[o] = flex!.Egress(walks[o], parallel.CancellationToken);
            });
            return new WaysIn(origins, walks, onDemand);
        }
    }

    public static Home[] Search(PublicTransport pt, ServiceDayNetwork day, FlexRouter? flex, PtPoint destination, WaysIn ways,
        int leaveFromSeconds, PtQuery query, CancellationToken cancellationToken = default)
    {
        var (origins, walksToOrigins) = (ways.Origins, ways.Walks);
        var homes = new Home[origins.Count];
        if (leaveFromSeconds >= PtDefaults.ReturnDeadlineSeconds) return homes;
        var walk = pt.Walking.FromOrigin(destination.Location, query.MaxWalkMeters, query.WalkSpeedKmh, [.. origins.Select(o => o.Location)]);
        RaptorResult? result = null;
        RaptorRequest? request = null;
        if (walk.Stops.Count > 0)
        {
            request = query.Request(PtMatrix.StopAccesses(walk.Stops), [.. walksToOrigins.Select(PtMatrix.StopAccesses)],
                leaveFromSeconds, PtDefaults.ReturnDeadlineSeconds);
            if (flex is not null)
                request = request with { FlexAccess = flex.Access(walk.Stops, cancellationToken), FlexTargets = ways.OnDemand! };
            result = day.Router.Search(request, cancellationToken);
        }
        for (int o = 0; o < origins.Count; o++)
        {
            if (walk.Direct[o] is { } onFoot)
            {
                homes[o] = new Home(true, leaveFromSeconds + onFoot.Seconds, null,
                    query.IncludeLegs ? PtJourneyBuilder.Walk(onFoot, day.Date, leaveFromSeconds) : null);
                continue;
            }
            var ride = flex?.Direct(walk.Stops, walksToOrigins[o], cancellationToken);
            homes[o] = ByTransitOrRide(result, o, ride, leaveFromSeconds);
            if (query.IncludeLegs && homes[o].Reachable)
                homes[o] = homes[o] with { FirstJourney = FirstJourney(pt, day, flex, request, result, o, ride, homes[o], leaveFromSeconds, walk.Stops, walksToOrigins[o]) };
        }
        return homes;
    }

    /// <summary>
    /// The journey that first gets home (<see cref="Home.FirstArrivalSeconds"/>, as <see cref="ByTransitOrRide"/> found it):
    /// by fixed routes on a tie (the worst draw, leaving as late as still arrives then), else the direct on-demand ride.
    /// </summary>
    private static PtJourney? FirstJourney(PublicTransport pt, ServiceDayNetwork day, FlexRouter? flex, RaptorRequest? request, RaptorResult? result,
        int origin, FlexDirect? ride, Home home, int leaveFromSeconds, IReadOnlyList<WalkLink> access, IReadOnlyList<WalkLink> egress)
    {
        if (request is not null && result is not null && LastDepartureInEveryDraw(result, origin) is not null
            && result.EarliestArrival(origin) == home.FirstArrivalSeconds && result.EarliestArrivalDeparture(origin) is { } best)
            return day.Router.FindItinerary(request, origin, best.DepartureSeconds, best.Draw) is { } itinerary
                ? PtJourneyBuilder.Build(itinerary, pt, day.Date, access, egress, flex)
                : null;
        return ride?.Best(leaveFromSeconds) is { } r && r.Arrival == home.FirstArrivalSeconds
            ? PtJourneyBuilder.DirectOnDemand(pt, flex!, r.Leg, r.EgressWalkSeconds, day.Date, leaveFromSeconds, access, egress)
            : null;
    }

    /// <summary>Home by fixed routes (with on-demand legs) or by a direct on-demand ride, whichever arrives first and leaves last.</summary>
    private static Home ByTransitOrRide(RaptorResult? result, int origin, FlexDirect? ride, int leaveFromSeconds)
    {
        int? last = result is null ? null : LastDepartureInEveryDraw(result, origin), first = last is null ? null : result!.EarliestArrival(origin);
        if (ride?.LatestDeparture(leaveFromSeconds, PtDefaults.ReturnDeadlineSeconds) is { } rideLast && ride.Best(leaveFromSeconds) is { } firstRide)
            (first, last) = (Math.Min(first ?? int.MaxValue, firstRide.Arrival), Math.Max(last ?? int.MinValue, rideLast));
        return last is null ? default : new Home(true, first, last);
    }

    /// <summary>The latest departure minute from which home is reached whatever the phase of irregular services.</summary>
    private static int? LastDepartureInEveryDraw(RaptorResult result, int target)
    {
        var samples = result.TravelTimes(target);
        for (int minute = result.MinuteCount - 1; minute >= 0; minute--)
        {
            bool everyDraw = true;
            for (int draw = 0; draw < result.DrawCount && everyDraw; draw++)
                everyDraw = samples[draw * result.MinuteCount + minute] != RaptorResult.Unreachable;
            if (everyDraw) return result.DepartureSeconds[minute];
        }
        return null;
    }
}
