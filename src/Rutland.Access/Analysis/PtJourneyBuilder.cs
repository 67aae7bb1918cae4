using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>Turns a RAPTOR itinerary (stop indices, seconds since midnight) into a <see cref="PtJourney"/> with names and local times.</summary>
public static class PtJourneyBuilder
{
    public static PtJourney Build(Itinerary itinerary, PublicTransport pt, DateOnly date,
        IReadOnlyList<WalkLink> access, IReadOnlyList<WalkLink> egress)
    {
        var stops = pt.Stops.Stops;
        DateTime At(int seconds) => date.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds);
        bool Estimated(IReadOnlyList<WalkLink> links, int stop) => links.FirstOrDefault(l => l.Stop == stop).Estimated;
        var legs = itinerary.Legs.Select(leg => leg switch
        {
            AccessWalkLeg a => new PtLeg("walk", At(a.StartSeconds), At(a.EndSeconds), null, null,
                stops[a.ToStop].Id, stops[a.ToStop].Name, null, null, Estimated(access, a.ToStop)),
            RideLeg r => new PtLeg(r.Mode.ToString().ToLowerInvariant(), At(r.BoardSeconds), At(r.AlightSeconds),
                stops[r.BoardStop].Id, stops[r.BoardStop].Name, stops[r.AlightStop].Id, stops[r.AlightStop].Name, r.RouteName, r.TripId, false),
            TransferLeg t => new PtLeg("walk", At(t.StartSeconds), At(t.EndSeconds), stops[t.FromStop].Id, stops[t.FromStop].Name,
                stops[t.ToStop].Id, stops[t.ToStop].Name, null, null, pt.IsTransferEstimated(t.FromStop, t.ToStop)),
            EgressWalkLeg e => new PtLeg("walk", At(e.StartSeconds), At(e.EndSeconds), stops[e.FromStop].Id, stops[e.FromStop].Name,
                null, null, null, null, Estimated(egress, e.FromStop)),
            _ => throw new InvalidOperationException($"unknown leg type {leg.GetType().Name}"),
        }).ToArray();
        return new PtJourney(At(itinerary.DepartureSeconds), At(itinerary.ArrivalSeconds), legs);
    }

    /// <summary>A journey on foot only.</summary>
    public static PtJourney Walk(DirectWalk walk, DateOnly date, int departureSeconds)
    {
        var start = date.ToDateTime(TimeOnly.MinValue).AddSeconds(departureSeconds);
        var end = start.AddSeconds(walk.Seconds);
        return new PtJourney(start, end, [new PtLeg("walk", start, end, null, null, null, null, null, null, walk.Estimated)]);
    }
}
