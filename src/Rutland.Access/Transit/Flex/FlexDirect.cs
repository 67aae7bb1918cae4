using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Transit.Flex;

/// <summary>
/// The direct on-demand journeys between an origin and a destination: each is a walk and ride (<see cref="FlexAccess"/>
/// with <see cref="FlexAccess.Stop"/> the drop-off stop) and the walk on to the destination.
/// </summary>
public sealed class FlexDirect((FlexAccess Leg, int EgressWalkSeconds)[] options)
{
    public static FlexDirect None { get; } = new([]);

    public bool IsEmpty => options.Length == 0;

    /// <summary>Travel seconds leaving at <paramref name="departureSeconds"/> by the best option, or <see cref="RaptorResult.Unreachable"/>.</summary>
    public int TravelSeconds(int departureSeconds) => Best(departureSeconds) is { } best ? best.Arrival - departureSeconds : RaptorResult.Unreachable;

    /// <summary>
    /// The latest departure in [<paramref name="fromSeconds"/>, <paramref name="untilSeconds"/>] by some option whose
    /// arrival is by <paramref name="arriveBySeconds"/>; null if none. An option's latest pick-up is its window's close,
    /// or earlier so that ride and walk on still arrive in time, and never before it opens; the rider leaves the pick-up
    /// wait and the walk to the stop before it. Booking notice does not bind a journey planned ahead (every booking rule
    /// takes bookings well before the ride); the journey's on-demand leg says how to book.
    /// </summary>
    public int? LatestDeparture(int fromSeconds, int untilSeconds, int arriveBySeconds = int.MaxValue)
    {
        int? latest = null;
        foreach (var (leg, walk) in options)
        {
            int pickup = Math.Min(leg.ClosesSeconds, arriveBySeconds - leg.RideSeconds - walk);
            if (pickup < leg.OpensSeconds) continue;
            int departure = Math.Min(pickup - leg.WaitSeconds - leg.WalkSeconds, untilSeconds);
            if (departure >= fromSeconds && (latest is null || departure > latest)) latest = departure;
        }
        return latest;
    }

    /// <summary>The fastest option leaving at <paramref name="departureSeconds"/> and its arrival; null if none runs.</summary>
    public (FlexAccess Leg, int EgressWalkSeconds, int Arrival)? Best(int departureSeconds)
    {
        (FlexAccess, int, int)? best = null;
        foreach (var (leg, walk) in options)
        {
            int arrival = leg.AccessArrival(departureSeconds);
            if (arrival != FlexAccess.Unavailable && (best is null || arrival + walk < best.Value.Item3)) best = (leg, walk, arrival + walk);
        }
        return best;
    }
}
