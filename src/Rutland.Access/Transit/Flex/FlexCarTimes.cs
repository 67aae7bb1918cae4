using System.Collections.Concurrent;
using Rutland.Access.Roads;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Transit.Flex;

/// <summary>
/// Our car time between two stops, the base of every on-demand ride time: one reverse search per drop-off stop,
/// read off at every stop and cached, so each stop pair costs one lookup after the first. A stop beyond the extract is
/// reached through its exits (the estimate drive answers use); a ride starting beyond it is timed as the ride back,
/// as the modelled buses are; between two stops both beyond it there is no ride (null).
/// </summary>
public sealed class FlexCarTimes(RoadNetwork car, OffNetworkLeg offNetwork, TransitStops stops)
{
    private readonly ConcurrentDictionary<int, Lazy<float[]>> _toStop = new();
    private readonly Lazy<SnapResult?[]> _snaps = new(() =>
        [.. Enumerable.Range(0, stops.Count).Select(s => car.Snap(stops.Location(s), SnapPolicy.MaxSnapMeters))]);

    public double? Seconds(int from, int to)
    {
        var snaps = _snaps.Value;
        float seconds = snaps[from] is not null ? To(to)[from] : snaps[to] is not null ? To(from)[to] : float.NaN;
        return float.IsNaN(seconds) ? null : seconds;
    }

    // Looked up first: every ride time asks, and GetOrAdd's factory would be a new closure each time.
    private float[] To(int stop) => (_toStop.TryGetValue(stop, out var known) ? known : _toStop.GetOrAdd(stop, NewSearch)).Value;

    private Lazy<float[]> NewSearch(int s) => new(() =>
    {
        using var search = new DriveTimesToDestination(car, offNetwork, stops.Location(s), FlexRules.MaxCarSeconds);
        var snaps = _snaps.Value;
        var seconds = new float[stops.Count];
        for (int i = 0; i < seconds.Length; i++)
            seconds[i] = snaps[i] is { } snap && search.From(snap) is { } drive ? (float)(drive.Minutes * 60) : float.NaN;
        return seconds;
    });
}
