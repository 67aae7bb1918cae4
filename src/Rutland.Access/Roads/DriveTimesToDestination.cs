using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>
/// One reverse search from a destination that answers the drive time from every origin. A destination further
/// than <see cref="SnapPolicy.MaxSnapMeters"/> from the network is reached through the extract's exits with
/// an <see cref="OffNetworkLeg"/> estimate, and every answer through it says so.
/// </summary>
public sealed class DriveTimesToDestination : IDisposable
{
    private readonly RoadNetwork _network;
    private readonly ShortestPathTree _tree;
    private readonly IReadOnlyList<SearchSource> _sources;
    private readonly SnapResult? _destinationSnap;

    public bool OnNetwork => _destinationSnap is not null;
    public double? DestinationSnapMeters => _destinationSnap?.DistanceMeters;

    public DriveTimesToDestination(RoadNetwork network, OffNetworkLeg offNetwork, LatLon destination, float maxSeconds = float.PositiveInfinity)
    {
        _network = network;
        _destinationSnap = network.Snap(destination, SnapPolicy.MaxSnapMeters);
        _sources = _destinationSnap is { } snap
            ? network.SourcesAt(snap, SearchDirection.Reverse)
            : offNetwork.SourcesToward(destination);
        _tree = Dijkstra.Run(network.Graph, _sources, SearchDirection.Reverse, maxSeconds);
    }

    /// <summary>The drive from a snapped origin, or null when no route exists.</summary>
    public DriveTime? From(SnapResult origin)
    {
        if (_network.ReadOff(_tree, origin, _destinationSnap) is not { } found) return null;
        var exit = OnNetwork || found.Root < 0 ? default : _sources[found.Root];
        return new DriveTime(found.Seconds / 60.0, found.Meters / 1000.0, !OnNetwork, exit.Meters / 1000.0, exit.Seconds / 60.0, origin.DistanceMeters);
    }

    /// <summary>
    /// The driven line from a snapped origin: origin, its snapped point, the road nodes, and either the destination's
    /// snapped point and the destination, or the exit and a straight estimated leg to the destination.
    /// </summary>
    public IReadOnlyList<LatLon>? Route(LatLon origin, SnapResult originSnap, LatLon destination)
    {
        if (_network.ReadOff(_tree, originSnap, _destinationSnap) is not { } found) return null;
        var line = new List<LatLon> { origin, originSnap.SnappedPoint };
        if (found.Node >= 0) line.AddRange(TreePath.Locations(_network.Graph, TreePath.NodesToSource(_network.Graph, _tree, found.Node)));
        if (_destinationSnap is { } d) line.Add(d.SnappedPoint);
        line.Add(destination);
        return line;
    }

    public void Dispose() => _tree.Dispose();
}
