namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// The first and last dates a feed's calendar defines service on, both inclusive: calendar.txt's start and end dates
/// and calendar_dates.txt's added dates (a CIF's schedule run dates arrive as the same weekly services). Removed dates
/// do not widen it. A date outside it is one the feed says nothing about, so none of its trips may be used then.
/// </summary>
public sealed record ServicePeriod(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly date) => date >= First && date <= Last;

    public override string ToString() => $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";

    /// <summary>The period of a calendar; null when it defines no date at all.</summary>
    public static ServicePeriod? Of(ServiceCalendar calendar)
    {
        var firsts = calendar.WeeklyServices.Select(w => w.StartDate)
            .Concat(calendar.Exceptions.Where(e => e.Added).Select(e => e.Date)).ToArray();
        if (firsts.Length == 0) return null;
        var lasts = calendar.WeeklyServices.Select(w => w.EndDate)
            .Concat(calendar.Exceptions.Where(e => e.Added).Select(e => e.Date));
        return new ServicePeriod(firsts.Min(), lasts.Max());
    }
}
