namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// How a rider books an on-demand pick-up or drop-off (GTFS booking_rules.txt). <see cref="BookingType"/>: 0 real
/// time, 1 same day with <see cref="PriorNoticeMinutes"/> notice, 2 up to the prior day(s).
/// </summary>
public sealed record BookingRule(
    string Id,
    int BookingType,
    int? PriorNoticeMinutes,
    string? Message,
    string? PhoneNumber,
    string? InfoUrl,
    string? BookingUrl)
{
    public const int RealTime = 0, SameDay = 1, PriorDays = 2;
}
