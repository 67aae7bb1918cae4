using System.Collections.Immutable;

namespace Rutland.Access.Transit.Timetable;

/// <summary>A group of stops where an on-demand trip picks up or drops off (GTFS location_groups.txt with location_group_stops.txt).</summary>
public sealed record LocationGroup(string Id, string? Name, ImmutableArray<string> StopIds);
