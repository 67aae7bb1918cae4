using System.Collections.Immutable;

namespace Rutland.Access.Transit.Timetable;

/// <summary>A trip with its calls in stop_sequence order (at least two).</summary>
public sealed record Trip(
    string Id,
    string RouteId,
    string ServiceId,
    string? Headsign,
    int? DirectionId,
    ImmutableArray<StopTime> StopTimes);
