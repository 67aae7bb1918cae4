using System.Collections.Immutable;

namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// An on-demand (GTFS-Flex) trip: no timetable, only pick-up/drop-off windows at its locations. A ride takes
/// <see cref="SafeDurationFactor"/> × the driving time + <see cref="SafeDurationOffsetSeconds"/> (trips.txt
/// safe_duration_factor / safe_duration_offset; absent, 1 and 0: the driving time itself).
/// </summary>
public sealed record FlexTrip(
    string Id,
    string RouteId,
    string ServiceId,
    string? Headsign,
    double SafeDurationFactor,
    double SafeDurationOffsetSeconds,
    ImmutableArray<FlexStopTime> StopTimes)
{
    public int RideSeconds(double drivingSeconds) => (int)Math.Ceiling(SafeDurationFactor * drivingSeconds + SafeDurationOffsetSeconds);
}
