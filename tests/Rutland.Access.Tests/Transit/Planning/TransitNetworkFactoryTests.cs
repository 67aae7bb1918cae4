using System.Collections.Immutable;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Transit.Planning;

/// <summary>Which trips a service date's network holds, on a hand-made three-stop feed.</summary>
public class TransitNetworkFactoryTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2), Tuesday = new(2026, 3, 3), Wednesday = new(2026, 3, 4);
    private const int Hour = 3600;

    private static Trip TripOf(string id, string service, int departure, int runSeconds) => new(id, "r", service, null, null,
    [
        new Rutland.Access.Transit.Timetable.StopTime(1, "a", departure, departure, false),
        new Rutland.Access.Transit.Timetable.StopTime(2, "b", departure + runSeconds, departure + runSeconds, false),
    ]);

    /// <summary>Weekday daytime trip (removed on Tuesday by exception), a Wednesday-only extra, a late Monday trip past midnight.</summary>
    private static TimetableFeed Feed(params Frequency[] frequencies) => new(
        "hand", FeedInfo.Unknown, [new Agency("ag", "Agency", null, null)],
        [new Stop("a", null, "A", 52.67, -0.73, null, StopLocationType.Stop), new Stop("b", null, "B", 52.68, -0.72, null, StopLocationType.Stop),
         new Stop("unused", null, "Unused", 52.6, -0.7, null, StopLocationType.Stop)],
        [new Route("r", "ag", "R1", null, 3, TransitMode.Bus)],
        [TripOf("day", "weekdays", 9 * Hour, 600), TripOf("extra", "added", 10 * Hour, 600), TripOf("late", "mondays", 23 * Hour + 50 * 60, 1200)],
        [.. frequencies], [],
        new ServiceCalendar(
            [new WeeklyService("weekdays", DaysOfWeek.Monday | DaysOfWeek.Tuesday | DaysOfWeek.Wednesday, Monday, Wednesday),
             new WeeklyService("mondays", DaysOfWeek.Monday, Monday, Monday)],
            [new ServiceException("weekdays", Tuesday, false), new ServiceException("added", Wednesday, true)]),
        LoadReport.Empty);

    private static ServiceDayNetwork Build(DateOnly date, TimetableFeed? feed = null)
    {
        feed ??= Feed();
        return TransitNetworkFactory.Build(feed, new TransitStops(feed), [], date);
    }

    private static int? FirstArrivalAtB(ServiceDayNetwork day, int fromSeconds)
    {
        var request = new RaptorRequest
        {
            Access = [new StopAccess(0, 0)], Targets = [[new StopAccess(1, 0)]], WindowStartSeconds = fromSeconds, WindowEndSeconds = fromSeconds + 60,
        };
        return day.Router.FindItinerary(request, 0, fromSeconds)?.ArrivalSeconds;
    }

    [Fact]
    public void OnlyServedStopsAreKeptInFeedOrder()
    {
        var day = Build(Monday);
        Assert.Equal(["a", "b"], Enumerable.Range(0, day.Network.StopCount).Select(day.Network.StopId).ToArray());
    }

    [Fact]
    public void CalendarExceptionsRemoveAndAddTrips()
    {
        Assert.Equal(9 * Hour + 600, FirstArrivalAtB(Build(Monday), 8 * Hour));
        Assert.Null(FirstArrivalAtB(Build(Tuesday), 8 * Hour)); // weekday trip removed on Tuesday; the late Monday trip is gone by 08:00
        Assert.Equal(9 * Hour + 600, FirstArrivalAtB(Build(Wednesday), 8 * Hour));
        Assert.Equal(10 * Hour + 600, FirstArrivalAtB(Build(Wednesday), 9 * Hour + 30 * 60)); // the added Wednesday extra
        Assert.Equal(1, Build(Tuesday).Report[NetworkReportKeys.TripsFromThePreviousDay]);
        Assert.Equal(0, Build(Tuesday).Report[NetworkReportKeys.TripsOfTheDay]);
    }

    [Fact]
    public void PreviousDaysTripPastMidnightIsShiftedBackADay()
    {
        // Monday's 23:50 arrives at 24:10 Monday time = 00:10 Tuesday; boarding it on Tuesday means leaving at -00:10.
        var tuesday = Build(Tuesday);
        Assert.Equal(10 * 60, FirstArrivalAtB(tuesday, -10 * 60));
        Assert.Null(FirstArrivalAtB(tuesday, 0));
        Assert.Equal(24 * Hour + 10 * 60, FirstArrivalAtB(Build(Monday), 23 * Hour));
        Assert.Equal(0, Build(Wednesday).Report[NetworkReportKeys.TripsFromThePreviousDay]);
    }

    [Fact]
    public void FrequencyEntriesBecomeFrequencyTrips()
    {
        var feed = Feed(new Frequency("day", 6 * Hour, 8 * Hour, 1800, true), new Frequency("extra", 6 * Hour, 8 * Hour, 1200, false));
        var wednesday = Build(Wednesday, feed);
        Assert.Equal(1, wednesday.Report[NetworkReportKeys.ExactFrequencyEntries]);
        Assert.Equal(1, wednesday.Report[NetworkReportKeys.SampledFrequencyEntries]);
        Assert.Equal(1, wednesday.Network.FrequencyEntryCount);
        Assert.Equal(6 * Hour + 30 * 60 + 600, FirstArrivalAtB(Build(Monday, feed), 6 * Hour + 1)); // exact: 06:00, 06:30, ...
    }

    [Fact]
    public void TripsThatGoBackInTimeAreSkippedAndCounted()
    {
        var feed = Feed() with { Trips = [TripOf("backwards", "weekdays", 9 * Hour, -60)] };
        var day = Build(Monday, feed);
        Assert.Equal(1, day.Report[NetworkReportKeys.TripsGoingBackInTimeSkipped]);
        Assert.Equal(0, day.Network.TripCount);
    }

    [Fact]
    public void CacheKeepsAtMostItsCapacityAndReusesNetworks()
    {
        int builds = 0;
        var cache = new ServiceDayNetworkCache(date => { builds++; return Build(date); });
        var first = cache.For(Monday);
        Assert.Same(first, cache.For(Monday));
        for (int d = 1; d <= ServiceDayNetworkCache.Capacity + 2; d++) cache.For(Monday.AddDays(d));
        Assert.Equal(ServiceDayNetworkCache.Capacity, cache.CachedDates);
        Assert.NotSame(first, cache.For(Monday));
        Assert.Equal(ServiceDayNetworkCache.Capacity + 4, builds);
    }

    [Fact]
    public void AFailedBuildDoesNotBreakItsDate()
    {
        int builds = 0;
        var cache = new ServiceDayNetworkCache(date =>
            ++builds == 1 ? throw new IOException("transient read failure") : Build(date));
        Assert.Throws<IOException>(() => cache.For(Monday));
        var network = cache.For(Monday);
        Assert.Equal(Monday, network.Date);
        Assert.Same(network, cache.For(Monday));
        Assert.Equal(2, builds);
    }
}
