using Rutland.Access.Geo;
using Rutland.Access.Roads;

namespace Rutland.Access.Transit.Planning;

/// <summary>
/// Walking legs of public-transport journeys over the OSM pedestrian network: access (one forward search from the
/// origin bounded by the walking limit), egress (one reverse search per destination) and changes between stops
/// (one bounded search per stop). Points or stops off the network walk a straight line × the network's own detour
/// factor, and such links are flagged estimated. Immutable and thread-safe.
/// </summary>
public sealed class FootpathWalking
{
    private readonly RoadNetwork _walk;
    private readonly TransitStops _stops;
    private readonly SnapResult?[] _stopSnaps;
    private readonly NearbyStops _nearby;

    /// <summary>Walked ÷ straight-line distance, measured on the walk network, for off-network estimates.</summary>
    public double DetourFactor { get; }

    public FootpathWalking(RoadNetwork walk, TransitStops stops, double detourFactor)
    {
        _walk = walk;
        _stops = stops;
        DetourFactor = detourFactor;
        _nearby = new NearbyStops(stops);
        _stopSnaps = new SnapResult?[stops.Count];
        Parallel.For(0, stops.Count, s => _stopSnaps[s] = walk.Snap(stops.Location(s), WalkingRules.MaxStopSnapMeters));
    }

    public TransitStops Stops => _stops;

    public bool IsOnNetwork(int stop) => _stopSnaps[stop] is not null;

    /// <summary>Where a stop joins the walk network; null when it is off it.</summary>
    public SnapResult? SnapOf(int stop) => _stopSnaps[stop];

    public int OffNetworkStopCount => _stopSnaps.Count(s => s is null);

    /// <summary>
    /// Stops reachable on foot from <paramref name="origin"/>, and direct walks to <paramref name="destinations"/>, timed
    /// at <paramref name="speedKmh"/>: the network's times scale with speed, so the search itself is speed-free.
    /// </summary>
    public OriginWalk FromOrigin(LatLon origin, double maxMeters, double speedKmh, IReadOnlyList<LatLon> destinations)
    {
        var snap = _walk.Snap(origin, SnapPolicy.MaxSnapMeters);
        using var tree = snap is { } s ? Search(s, SearchDirection.Forward, maxMeters) : null;
        var stops = Links(origin, snap, tree, maxMeters, speedKmh);
        var direct = destinations.Select(d => DirectWalk(origin, snap, tree, d, maxMeters, speedKmh)).ToArray();
        return new OriginWalk(stops, direct);
    }

    /// <summary>Stops from which <paramref name="destination"/> is reachable on foot (one reverse search), timed at <paramref name="speedKmh"/>.</summary>
    public IReadOnlyList<WalkLink> ToDestination(LatLon destination, double maxMeters, double speedKmh)
    {
        var snap = _walk.Snap(destination, SnapPolicy.MaxSnapMeters);
        using var tree = snap is { } s ? Search(s, SearchDirection.Reverse, maxMeters) : null;
        return Links(destination, snap, tree, maxMeters, speedKmh);
    }

    /// <summary>
    /// Walks between distinct stops up to <paramref name="maxMeters"/>, both directions (one search per stop), timed at
    /// the network's speed: a query at another speed scales them in the router (<see cref="Raptor.RaptorRequest.TransferWalkFactor"/>).
    /// </summary>
    public IReadOnlyList<WalkTransfer> Transfers(double maxMeters)
    {
        var perStop = new WalkTransfer[_stops.Count][];
        Parallel.For(0, _stops.Count, from =>
        {
            var snap = _stopSnaps[from];
            using var tree = snap is { } s ? Search(s, SearchDirection.Forward, maxMeters) : null;
            perStop[from] = Links(_stops.Location(from), snap, tree, maxMeters, WalkingRules.SpeedKmh)
                .Where(l => l.Stop != from)
                .Select(l => new WalkTransfer(from, l.Stop, l.Seconds, l.Meters, l.Estimated))
                .ToArray();
        });
        return perStop.SelectMany(t => t).ToArray();
    }

    private ShortestPathTree Search(SnapResult snap, SearchDirection direction, double maxMeters) =>
        Dijkstra.Run(_walk.Graph, _walk.SourcesAt(snap, direction), direction, (float)(maxMeters / WalkingRules.MetersPerSecond));

    private List<WalkLink> Links(LatLon point, SnapResult? pointSnap, ShortestPathTree? tree, double maxMeters, double speedKmh)
    {
        var links = new List<WalkLink>();
        foreach (int stop in _nearby.Within(point, maxMeters))
        {
            double straight = GreatCircle.DistanceMeters(point, _stops.Location(stop));
            if (Walked(pointSnap, tree, _stopSnaps[stop], straight, maxMeters, speedKmh) is { } walk)
                links.Add(new WalkLink(stop, walk.Seconds, walk.Meters, walk.Estimated));
        }
        return links;
    }

    private DirectWalk? DirectWalk(LatLon origin, SnapResult? originSnap, ShortestPathTree? tree, LatLon destination, double maxMeters,
        double speedKmh)
    {
        double straight = GreatCircle.DistanceMeters(origin, destination);
        if (straight > maxMeters) return null;
        return Walked(originSnap, tree, _walk.Snap(destination, SnapPolicy.MaxSnapMeters), straight, maxMeters, speedKmh);
    }

    /// <summary>The walk between a searched point and another point: on the network if both are on it, else estimated.</summary>
    private DirectWalk? Walked(SnapResult? searchedSnap, ShortestPathTree? tree, SnapResult? otherSnap, double straight, double maxMeters,
        double speedKmh)
    {
        if (tree is not null && otherSnap is { } other)
        {
            if (_walk.ReadOff(tree, other, searchedSnap) is not { } reading || reading.Meters > maxMeters) return null;
            return new DirectWalk(WalkingRules.Seconds(reading.Seconds, speedKmh), reading.Meters, false);
        }
        double meters = straight * DetourFactor;
        return meters <= maxMeters ? new DirectWalk(WalkingRules.Seconds(meters / WalkingRules.MetersPerSecond, speedKmh), meters, true) : null;
    }
}
