namespace Rutland.Access.Transit.Timetable;

/// <summary>A calendar.txt row: the weekdays a service runs between two dates, both inclusive.</summary>
public sealed record WeeklyService(string ServiceId, DaysOfWeek Days, DateOnly StartDate, DateOnly EndDate)
{
    public bool Covers(DateOnly date) =>
        date >= StartDate && date <= EndDate && Days.Includes(date.DayOfWeek);
}
