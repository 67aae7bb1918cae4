namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// One stop_times.txt row of an on-demand trip: where (<see cref="LocationId"/>: a location group, a
/// locations.geojson zone or a stop) and when (the pick-up/drop-off window, seconds since the service day's midnight)
/// a rider may be picked up or dropped off, and the booking rule of each.
/// </summary>
public sealed record FlexStopTime(
    int StopSequence,
    string LocationId,
    int WindowStartSeconds,
    int WindowEndSeconds,
    bool PickUp,
    bool DropOff,
    string? PickupBookingRuleId,
    string? DropOffBookingRuleId);
