using System.Collections.Concurrent;
using Rutland.Access.Places;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// A free-flow road mode (drive, walk, cycle) on its network: the off-network estimate beyond the extract with the
/// network's own detour factor, the configured places' snaps, and the reverse searches to the configured destinations,
/// each made on first use and kept (the network never changes).
/// </summary>
public sealed class RoadModeNetwork
{
    private readonly ConcurrentDictionary<string, Lazy<DriveTimesToDestination>> _searches = new();
    private readonly Lazy<NetworkCircuity.Measurement> _circuity;
    private readonly Lazy<OffNetworkLeg> _offNetwork;
    private readonly Lazy<Dictionary<string, SnapResult?>> _placeSnaps;

    public TravelMode Mode { get; }
    public RoadNetwork Network { get; }

    /// <param name="circuity">Measures the network's detour factor (route ÷ straight line), called once on first use.</param>
    public RoadModeNetwork(TravelMode mode, RoadNetwork network, IReadOnlyList<Place> places, Func<NetworkCircuity.Measurement> circuity)
    {
        Mode = mode;
        Network = network;
        _circuity = new Lazy<NetworkCircuity.Measurement>(circuity);
        _offNetwork = new Lazy<OffNetworkLeg>(() => new OffNetworkLeg(network.Graph, Circuity.MedianFactor));
        _placeSnaps = new Lazy<Dictionary<string, SnapResult?>>(() =>
            places.ToDictionary(p => p.Id, p => network.Snap(p.Location, SnapPolicy.MaxOriginSnapMeters)));
    }

    public NetworkCircuity.Measurement Circuity => _circuity.Value;
    public OffNetworkLeg OffNetwork => _offNetwork.Value;

    /// <summary>Where a place joins the network (within <see cref="SnapPolicy.MaxOriginSnapMeters"/>), or null.</summary>
    public SnapResult? Snap(Place place) =>
        _placeSnaps.Value.TryGetValue(place.Id, out var s) ? s : Network.Snap(place.Location, SnapPolicy.MaxOriginSnapMeters);

    /// <summary>The kept reverse search to a configured destination.</summary>
    public DriveTimesToDestination Search(Destination destination) =>
        _searches.GetOrAdd(destination.Id, _ => new Lazy<DriveTimesToDestination>(
            () => new DriveTimesToDestination(Network, OffNetwork, destination.Location))).Value;
}
