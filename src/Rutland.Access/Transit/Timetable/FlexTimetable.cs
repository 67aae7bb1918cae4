using System.Collections.Immutable;

namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// The on-demand part of a timetable (GTFS-Flex): zones as location groups or polygons, booking rules, and the
/// trips serving them. Empty for feeds without on-demand service.
/// </summary>
public sealed record FlexTimetable(
    ImmutableArray<LocationGroup> LocationGroups,
    ImmutableArray<FlexLocation> Locations,
    ImmutableArray<BookingRule> BookingRules,
    ImmutableArray<FlexTrip> Trips)
{
    public static FlexTimetable Empty { get; } = new([], [], [], []);

    public bool IsEmpty => Trips.IsEmpty;

    /// <summary>The stops a stop_times location stands for: a group's stops, a zone's stops inside it, or the stop itself.</summary>
    public ImmutableArray<string> StopIdsOf(string locationId) =>
        LocationGroups.FirstOrDefault(g => g.Id == locationId)?.StopIds
        ?? Locations.FirstOrDefault(l => l.Id == locationId)?.StopIds
        ?? [locationId];

    /// <summary>Every stop some on-demand trip may pick up or drop off at.</summary>
    public IEnumerable<string> ServedStopIds() =>
        Trips.SelectMany(t => t.StopTimes).Select(st => st.LocationId).Distinct(StringComparer.Ordinal).SelectMany(id => StopIdsOf(id)).Distinct(StringComparer.Ordinal);

    public FlexTimetable WithPrefixedIds(Func<string, string> prefix) => new(
        [.. LocationGroups.Select(g => g with { Id = prefix(g.Id), StopIds = [.. g.StopIds.Select(prefix)] })],
        [.. Locations.Select(l => l with { Id = prefix(l.Id), StopIds = [.. l.StopIds.Select(prefix)] })],
        [.. BookingRules.Select(b => b with { Id = prefix(b.Id) })],
        [
            .. Trips.Select(t => t with
            {
                Id = prefix(t.Id),
                RouteId = prefix(t.RouteId),
                ServiceId = prefix(t.ServiceId),
                StopTimes =
                [
                    .. t.StopTimes.Select(st => st with
                    {
                        LocationId = prefix(st.LocationId),
                        PickupBookingRuleId = st.PickupBookingRuleId is null ? null : prefix(st.PickupBookingRuleId),
                        DropOffBookingRuleId = st.DropOffBookingRuleId is null ? null : prefix(st.DropOffBookingRuleId),
                    }),
                ],
            }),
        ]);

    public static FlexTimetable Merge(IEnumerable<FlexTimetable> parts)
    {
        var all = parts.ToArray();
        return new(
            [.. all.SelectMany(p => p.LocationGroups)], [.. all.SelectMany(p => p.Locations)],
            [.. all.SelectMany(p => p.BookingRules)], [.. all.SelectMany(p => p.Trips)]);
    }
}
