namespace Rutland.Access.Transit.Timetable;

/// <summary>A calendar_dates.txt row: the service is added (exception_type 1) or removed (2) on one date.</summary>
public sealed record ServiceException(string ServiceId, DateOnly Date, bool Added);
