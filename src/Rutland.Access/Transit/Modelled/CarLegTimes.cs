using Rutland.Access.Roads;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// Our car time between consecutive stops of a route, from the road network. A stop beyond the extract (Melton
/// Mowbray, Peterborough, the Leicestershire side of the 747) is reached through the network's exits with the same
/// <see cref="OffNetworkLeg"/> estimate the drive answers use; the leg off the network is symmetric, so a trip
/// starting there is timed as the trip back to it. Between two stops both beyond the extract (Stamford bus station
/// lies 640 m off it, Peterborough far beyond) the car leaves through one exit and re-enters through another, each
/// leg estimated the same way; when one exit serves both, the two legs meet there.
/// </summary>
public sealed class CarLegTimes(RoadNetwork car, OffNetworkLeg offNetwork)
{
    public double Seconds(NaptanStop from, NaptanStop to)
    {
        var fromSnap = car.Snap(from.Location, SnapPolicy.MaxSnapMeters);
        var toSnap = car.Snap(to.Location, SnapPolicy.MaxSnapMeters);
        DriveTime? drive;
        if (fromSnap is { } origin)
        {
            using var toDestination = new DriveTimesToDestination(car, offNetwork, to.Location);
            drive = toDestination.From(origin);
        }
        else if (toSnap is { } reached)
        {
            using var backToOrigin = new DriveTimesToDestination(car, offNetwork, from.Location);
            drive = backToOrigin.From(reached);
        }
        else
        {
            return BetweenOffNetwork(from, to);
        }
        return drive?.Minutes * 60 ?? throw NoRoad(from, to);
    }

    private double BetweenOffNetwork(NaptanStop from, NaptanStop to)
    {
        using var fromOrigin = Dijkstra.Run(car.Graph, offNetwork.SourcesToward(from.Location), SearchDirection.Forward);
        double best = double.PositiveInfinity;
        foreach (var exit in offNetwork.SourcesToward(to.Location))
        {
            if (fromOrigin.IsReached(exit.Node)) best = Math.Min(best, fromOrigin.Seconds[exit.Node] + exit.Seconds);
        }
        return double.IsPositiveInfinity(best) ? throw NoRoad(from, to) : best;
    }

    private static InvalidOperationException NoRoad(NaptanStop from, NaptanStop to) =>
        new($"no road from stop {from.AtcoCode} to {to.AtcoCode}");
}
