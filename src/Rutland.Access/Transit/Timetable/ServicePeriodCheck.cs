namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// Checks a date against several separately loaded feeds: which are in force (the date is within their
/// <see cref="ServicePeriod"/>), and how many trips each runs that day. OpenTripPlanner refuses a search outside every
/// feed's period with OUTSIDE_SERVICE_PERIOD rather than answer "no route"; this is the fact it rests on, computed
/// once per feed at start-up (periods, trips per service) so a check per request costs a few dictionary look-ups.
/// </summary>
public sealed class ServicePeriodCheck
{
    private readonly Entry[] _feeds;

    public ServicePeriodCheck(IEnumerable<TimetableFeed> feeds)
    {
        _feeds = feeds.Select(f => new Entry(
            f.FeedId,
            ServicePeriod.Of(f.Calendar),
            f.Calendar,
            f.Trips.GroupBy(t => t.ServiceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            f.Calendar.Exceptions.Where(e => !e.Added).ToLookup(e => e.Date, e => e.ServiceId))).ToArray();
    }

    /// <summary>Each feed's period, in load order; null for a feed whose calendar defines no date.</summary>
    public IReadOnlyList<(string FeedId, ServicePeriod? Period)> Periods => [.. _feeds.Select(f => (f.Id, f.Period))];

    public DateCoverage On(DateOnly date) => new(date, [.. _feeds.Select(f => f.On(date))]);

    private sealed record Entry(string Id, ServicePeriod? Period, ServiceCalendar Calendar, Dictionary<string, int> TripsPerService,
        ILookup<DateOnly, string> Removals)
    {
        public FeedCoverage On(DateOnly date)
        {
            if (Period is null || !Period.Contains(date)) return new FeedCoverage(Id, Period, false, 0, 0);
            int trips = TripsPerService.Where(s => Calendar.IsActive(s.Key, date)).Sum(s => s.Value);
            int removed = Removals[date].Count(id => Calendar.WeeklyServices.Any(w => w.ServiceId == id && w.Covers(date)));
            return new FeedCoverage(Id, Period, true, trips, removed);
        }
    }
}
