using Rutland.Access.Places;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// Drive times from many origins to a few destinations: one reverse search per destination, run in parallel. A
/// destination for which <c>cachedSearch</c> returns a search reuses it; the others are searched here and disposed.
/// The same for any free-flow <c>mode</c> on its own network (drive when none is named).
/// </summary>
public static class DriveMatrix
{
    public static IReadOnlyList<TravelTimeResult> Compute(
        RoadNetwork network, OffNetworkLeg offNetwork,
        IReadOnlyList<(Place Place, SnapResult? Snap)> origins, IReadOnlyList<Destination> destinations,
        Func<Destination, DriveTimesToDestination?>? cachedSearch = null, TravelMode? mode = null) =>
        Compute(network, offNetwork, origins.Select(o => (o.Place.Id, o.Snap)).ToArray(), destinations, cachedSearch, mode);

    /// <summary>The same for origins known by id only (population-surface cells).</summary>
    public static IReadOnlyList<TravelTimeResult> Compute(
        RoadNetwork network, OffNetworkLeg offNetwork,
        IReadOnlyList<(string Id, SnapResult? Snap)> origins, IReadOnlyList<Destination> destinations,
        Func<Destination, DriveTimesToDestination?>? cachedSearch = null, TravelMode? mode = null)
    {
        var travelMode = mode ?? ModeRegistry.Drive;
        var columns = new TravelTimeResult[destinations.Count][];
        Parallel.For(0, destinations.Count, d =>
        {
            var destination = destinations[d];
            var cached = cachedSearch?.Invoke(destination);
            using var owned = cached is null ? new DriveTimesToDestination(network, offNetwork, destination.Location) : null;
            var search = cached ?? owned!;
            columns[d] = origins.Select(o => Answer(travelMode, o.Id, o.Snap, destination, search)).ToArray();
        });
        // Origin-major order: all destinations of the first origin, then the next.
        var results = new List<TravelTimeResult>(origins.Count * destinations.Count);
        for (int o = 0; o < origins.Count; o++)
            for (int d = 0; d < destinations.Count; d++)
                results.Add(columns[d][o]);
        return results;
    }

    private static TravelTimeResult Answer(TravelMode mode, string origin, SnapResult? snap, Destination destination, DriveTimesToDestination search)
    {
        if (snap is { } s && search.From(s) is { } drive)
            return new TravelTimeResult(origin, destination.Id, mode, drive.Minutes, drive.DistanceKm,
                Reachable: true, drive.Estimated, drive.OffNetworkKm, drive.OriginSnapMeters);
        return new TravelTimeResult(origin, destination.Id, mode, null, null, Reachable: false,
            Estimated: !search.OnNetwork, 0, snap?.DistanceMeters);
    }
}
