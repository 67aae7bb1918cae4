namespace Rutland.Access.Transit.Modelled;

/// <summary>The booking rule of the modelled on-demand service (booking_rules.txt), with its source.</summary>
public sealed record OnDemandBooking(int BookingType, int? PriorNoticeMinutes, string Message, string? PhoneNumber, string? InfoUrl, string Source);
