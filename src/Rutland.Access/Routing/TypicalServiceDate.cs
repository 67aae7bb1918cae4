using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Routing;

/// <summary>
/// The default service date: the <see cref="PtDefaults.ServiceDay"/> within the feed's calendar on which the most
/// trips run (the earliest such), so the default answer reflects a normal day the timetable actually covers.
/// </summary>
public static class TypicalServiceDate
{
    public static DateOnly? Choose(TimetableFeed feed)
    {
        var calendar = feed.Calendar;
        var dates = calendar.WeeklyServices.SelectMany(w => new[] { w.StartDate, w.EndDate })
            .Concat(calendar.Exceptions.Select(e => e.Date)).ToArray();
        if (dates.Length == 0) return null;
        var tripsPerService = feed.Trips.GroupBy(t => t.ServiceId).ToDictionary(g => g.Key, g => g.Count());
        DateOnly first = dates.Min(), last = dates.Max();
        var day = first.AddDays(((int)PtDefaults.ServiceDay - (int)first.DayOfWeek + 7) % 7);
        (DateOnly Date, int Trips)? best = null;
        for (; day <= last; day = day.AddDays(7))
        {
            int trips = tripsPerService.Where(s => calendar.IsActive(s.Key, day)).Sum(s => s.Value);
            if (trips > (best?.Trips ?? 0)) best = (day, trips);
        }
        return best?.Date;
    }
}
