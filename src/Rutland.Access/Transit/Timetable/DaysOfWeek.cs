namespace Rutland.Access.Transit.Timetable;

/// <summary>A set of weekdays, as calendar.txt's monday..sunday flags and CIF's 7-character Mon..Sun "days run".</summary>
[Flags]
public enum DaysOfWeek
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}

public static class DaysOfWeekExtensions
{
    /// <summary>Monday-first order, as both GTFS columns and CIF days-run characters are laid out.</summary>
    public static readonly DaysOfWeek[] MondayFirst =
    [
        DaysOfWeek.Monday, DaysOfWeek.Tuesday, DaysOfWeek.Wednesday, DaysOfWeek.Thursday,
        DaysOfWeek.Friday, DaysOfWeek.Saturday, DaysOfWeek.Sunday,
    ];

    public static bool Includes(this DaysOfWeek days, DayOfWeek day) =>
        (days & MondayFirst[((int)day + 6) % 7]) != 0;
}
