using Rutland.Access.Routing;
using Rutland.Access.Transit.Flex;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>Turns a RAPTOR itinerary (stop indices, seconds since midnight) into a <see cref="PtJourney"/> with names and local times.</summary>
public static class PtJourneyBuilder
{
    public static PtJourney Build(Itinerary itinerary, PublicTransport pt, DateOnly date,
        IReadOnlyList<WalkLink> access, IReadOnlyList<WalkLink> egress, FlexRouter? flex = null)
    {
        var stops = pt.Stops.Stops;
        DateTime At(int seconds) => date.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds);
        var legs = itinerary.Legs.Select(leg => leg switch
        {
            AccessWalkLeg a => new PtLeg("walk", At(a.StartSeconds), At(a.EndSeconds), null, null,
                stops[a.ToStop].Id, stops[a.ToStop].Name, null, null, IsEstimated(a, pt, access, egress)),
            RideLeg r => new PtLeg(r.Mode.ToString().ToLowerInvariant(), At(r.BoardSeconds), At(r.AlightSeconds),
                stops[r.BoardStop].Id, stops[r.BoardStop].Name, stops[r.AlightStop].Id, stops[r.AlightStop].Name, r.RouteName, r.TripId, IsEstimated(r, pt, access, egress)),
            TransferLeg t => new PtLeg("walk", At(t.StartSeconds), At(t.EndSeconds), stops[t.FromStop].Id, stops[t.FromStop].Name,
                stops[t.ToStop].Id, stops[t.ToStop].Name, null, null, IsEstimated(t, pt, access, egress)),
            EgressWalkLeg e => new PtLeg("walk", At(e.StartSeconds), At(e.EndSeconds), stops[e.FromStop].Id, stops[e.FromStop].Name,
                null, null, null, null, IsEstimated(e, pt, access, egress)),
            FlexRideLeg f => OnDemand(pt, flex, f.TripId, f.FromStop, f.ToStop, At(f.StartSeconds), At(f.EndSeconds)),
            _ => throw new InvalidOperationException($"unknown leg type {leg.GetType().Name}"),
        }).ToArray();
        return new PtJourney(At(itinerary.DepartureSeconds), At(itinerary.ArrivalSeconds), legs);
    }

    /// <summary>
    /// Whether the journey <see cref="Build"/> makes of <paramref name="itinerary"/> is estimated (<see cref="PtJourney.Estimated"/>),
    /// without naming its stops and times: what an answer that does not show the journey needs of it.
    /// </summary>
    public static bool IsEstimated(Itinerary itinerary, PublicTransport pt, IReadOnlyList<WalkLink> access, IReadOnlyList<WalkLink> egress) =>
        itinerary.Legs.Any(leg => IsEstimated(leg, pt, access, egress));

    /// <summary>A walk is estimated when it leaves the footpath network (its walk link or transfer says so); a ride never is.</summary>
    private static bool IsEstimated(ItineraryLeg leg, PublicTransport pt, IReadOnlyList<WalkLink> access, IReadOnlyList<WalkLink> egress) => leg switch
    {
        AccessWalkLeg a => access.FirstOrDefault(l => l.Stop == a.ToStop).Estimated,
        TransferLeg t => pt.IsTransferEstimated(t.FromStop, t.ToStop),
        EgressWalkLeg e => egress.FirstOrDefault(l => l.Stop == e.FromStop).Estimated,
        RideLeg or FlexRideLeg => false,
        _ => throw new InvalidOperationException($"unknown leg type {leg.GetType().Name}"),
    };

    /// <summary>A direct on-demand journey: walk to the pick-up stop, ride, walk on to the destination.</summary>
    public static PtJourney DirectOnDemand(PublicTransport pt, FlexRouter flex, FlexAccess ride, int egressWalkSeconds, DateOnly date,
        int departureSeconds, IReadOnlyList<WalkLink> access, IReadOnlyList<WalkLink> egress)
    {
        var stops = pt.Stops.Stops;
        DateTime At(int seconds) => date.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds);
        int pickup = ride.PickupAt(departureSeconds + ride.WalkSeconds), dropOff = pickup + ride.RideSeconds;
        var (from, to) = (stops[ride.FlexStop], stops[ride.Stop]);
        return new PtJourney(At(departureSeconds), At(dropOff + egressWalkSeconds),
        [
            new PtLeg("walk", At(departureSeconds), At(departureSeconds + ride.WalkSeconds), null, null, from.Id, from.Name, null, null,
                access.FirstOrDefault(l => l.Stop == ride.FlexStop).Estimated),
            OnDemand(pt, flex, ride.TripId, ride.FlexStop, ride.Stop, At(pickup), At(dropOff)),
            new PtLeg("walk", At(dropOff), At(dropOff + egressWalkSeconds), to.Id, to.Name, null, null, null, null,
                egress.FirstOrDefault(l => l.Stop == ride.Stop).Estimated),
        ]);
    }

    private static PtLeg OnDemand(PublicTransport pt, FlexRouter? flex, string tripId, int fromStop, int toStop, DateTime start, DateTime end)
    {
        var stops = pt.Stops.Stops;
        var hop = flex?.HopOf(tripId) ?? throw new InvalidOperationException($"on-demand trip '{tripId}' is not in the day's on-demand router");
        var route = pt.Feed.Routes.FirstOrDefault(r => r.Id == hop.Trip.RouteId);
        string name = string.Join(": ", new[] { route?.ShortName ?? route?.LongName, hop.Trip.Headsign }.OfType<string>());
        var rule = hop.Booking;
        var booking = new PtBooking(rule is null || rule.BookingType != Transit.Timetable.BookingRule.RealTime, rule?.PriorNoticeMinutes,
            rule?.Message, rule?.PhoneNumber, rule?.InfoUrl, rule?.BookingUrl, FlexRules.PickupWaitSeconds / 60);
        return new PtLeg("ondemand", start, end, stops[fromStop].Id, stops[fromStop].Name, stops[toStop].Id, stops[toStop].Name,
            name, tripId, false, booking);
    }

    /// <summary>A journey on foot only.</summary>
    public static PtJourney Walk(DirectWalk walk, DateOnly date, int departureSeconds)
    {
        var start = date.ToDateTime(TimeOnly.MinValue).AddSeconds(departureSeconds);
        var end = start.AddSeconds(walk.Seconds);
        return new PtJourney(start, end, [new PtLeg("walk", start, end, null, null, null, null, null, null, walk.Estimated)]);
    }
}
