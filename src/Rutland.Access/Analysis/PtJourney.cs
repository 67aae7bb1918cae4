namespace Rutland.Access.Analysis;

/// <summary>
/// A public-transport journey as answers show it: local times on the service date, legs with stop names and ids.
/// <see cref="Estimated"/> when any walk in it is off the footpath network.
/// </summary>
public sealed record PtJourney(DateTime Departure, DateTime Arrival, IReadOnlyList<PtLeg> Legs)
{
    public double Minutes => (Arrival - Departure).TotalMinutes;
    public bool Estimated => Legs.Any(l => l.Estimated);
}

/// <summary>
/// One leg: <see cref="Mode"/> is "walk", "bus", "rail", "tram", "ferry" or "other". Walk legs from the origin or to the
/// destination have a null stop at that end. Ride legs name the route and trip. An "ondemand" leg carries
/// <see cref="Booking"/>: it runs only if booked ahead.
/// </summary>
public sealed record PtLeg(
    string Mode,
    DateTime Start,
    DateTime End,
    string? FromStopId,
    string? FromStopName,
    string? ToStopId,
    string? ToStopName,
    string? Route,
    string? TripId,
    bool Estimated,
    PtBooking? Booking = null);

/// <summary>
/// How to book an on-demand leg (from the feed's booking_rules.txt): it must be booked ahead, at least
/// <see cref="PriorNoticeMinutes"/> before; <see cref="PickupWaitMinutes"/> is the scheduling slack the journey allows
/// between being at the stop and the pick-up.
/// </summary>
public sealed record PtBooking(bool MustBookAhead, int? PriorNoticeMinutes, string? Message, string? PhoneNumber,
    string? InfoUrl, string? BookingUrl, int PickupWaitMinutes);
