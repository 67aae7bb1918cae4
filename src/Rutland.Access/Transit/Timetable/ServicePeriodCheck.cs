namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// Checks a date against several separately loaded feeds: which are in force (the date is within their
/// <see cref="ServicePeriod"/>), and how many trips each runs that day. OpenTripPlanner refuses a search outside every
/// feed's period with OUTSIDE_SERVICE_PERIOD rather than answer "no route"; this is the fact it rests on, computed
/// once per feed at start-up (periods, trips per service and kind, on-demand trips included) so a check per request
/// costs a few dictionary look-ups.
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
            TripsPerService(f),
            f.Calendar.Exceptions.Where(e => !e.Added).ToLookup(e => e.Date, e => e.ServiceId))).ToArray();
    }

    private static Dictionary<string, TripCounts> TripsPerService(TimetableFeed feed)
    {
        var rail = feed.Routes.Where(r => r.Mode == TransitMode.Rail).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var kinds = feed.Trips.Select(t => (t.ServiceId, Count: rail.Contains(t.RouteId) ? new TripCounts(0, 1, 0) : new TripCounts(1, 0, 0)))
            .Concat(feed.Flex.Trips.Select(t => (t.ServiceId, Count: new TripCounts(0, 0, 1))));
        return kinds.GroupBy(k => k.ServiceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(default(TripCounts), (sum, k) => sum + k.Count), StringComparer.Ordinal);
    }

    /// <summary>Each feed's period, in load order; null for a feed whose calendar defines no date.</summary>
    public IReadOnlyList<(string FeedId, ServicePeriod? Period)> Periods => [.. _feeds.Select(f => (f.Id, f.Period))];

    public DateCoverage On(DateOnly date) => new(date, [.. _feeds.Select(f => f.On(date))]);

    private sealed record Entry(string Id, ServicePeriod? Period, ServiceCalendar Calendar, Dictionary<string, TripCounts> TripsPerService,
        ILookup<DateOnly, string> Removals)
    {
        public FeedCoverage On(DateOnly date)
        {
            if (Period is null || !Period.Contains(date)) return new FeedCoverage(Id, Period, false, default, 0);
            var trips = TripsPerService.Where(s => Calendar.IsActive(s.Key, date)).Aggregate(default(TripCounts), (sum, s) => sum + s.Value);
            int removed = Removals[date].Count(id => Calendar.WeeklyServices.Any(w => w.ServiceId == id && w.Covers(date)));
            return new FeedCoverage(Id, Period, true, trips, removed);
        }
    }
}
