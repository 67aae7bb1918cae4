using Rutland.Access.Geo;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Planning;

/// <summary>
/// The stops of a feed that some trip calls at or an on-demand trip serves, in a fixed order. The order is the stop index of every
/// <see cref="Network.TransitNetwork"/> built from the feed (whatever the date), so walking links computed once per
/// feed can be used with any day's network.
/// </summary>
public sealed class TransitStops
{
    private readonly Dictionary<string, int> _indexById;

    public IReadOnlyList<Stop> Stops { get; }

    public TransitStops(TimetableFeed feed)
    {
        var served = feed.Trips.SelectMany(t => t.StopTimes).Select(st => st.StopId).Concat(feed.Flex.ServedStopIds()).ToHashSet(StringComparer.Ordinal);
        Stops = feed.Stops.Where(s => s.LocationType == StopLocationType.Stop && served.Contains(s.Id)).ToArray();
        _indexById = new Dictionary<string, int>(Stops.Count, StringComparer.Ordinal);
        for (int i = 0; i < Stops.Count; i++) _indexById.Add(Stops[i].Id, i);
    }

    public int Count => Stops.Count;

    public int? IndexOf(string stopId) => _indexById.TryGetValue(stopId, out int i) ? i : null;

    public LatLon Location(int stop) => new(Stops[stop].Lat, Stops[stop].Lon);
}
