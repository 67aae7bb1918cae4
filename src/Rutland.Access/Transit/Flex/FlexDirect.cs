using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Transit.Flex;

/// <summary>
/// The direct on-demand journeys between an origin and a destination: each is a walk and ride (<see cref="FlexAccess"/>
/// with <see cref="FlexAccess.Stop"/> the drop-off stop) and the walk on to the destination.
/// </summary>
public sealed class FlexDirect(IReadOnlyList<(FlexAccess Leg, int EgressWalkSeconds)> options)
{
    public static FlexDirect None { get; } = new([]);

    public bool IsEmpty => options.Count == 0;

    /// <summary>Travel seconds leaving at <paramref name="departureSeconds"/> by the best option, or <see cref="RaptorResult.Unreachable"/>.</summary>
    public int TravelSeconds(int departureSeconds) => Best(departureSeconds) is { } best ? best.Arrival - departureSeconds : RaptorResult.Unreachable;

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
