using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Cif;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Transit.Timetable;

/// <summary>Service periods and the per-date check, on hand-made calendars and on the two real feeds.</summary>
public class ServicePeriodCheckTests
{
    private const DaysOfWeek Weekdays = DaysOfWeek.Monday | DaysOfWeek.Tuesday | DaysOfWeek.Wednesday | DaysOfWeek.Thursday | DaysOfWeek.Friday;

    /// <summary>A feed whose only content that matters here is its calendar and one trip per service id.</summary>
    private static TimetableFeed Feed(string id, IEnumerable<WeeklyService> weekly, IEnumerable<ServiceException> exceptions, params string[] tripServices) =>
        new(id, FeedInfo.Unknown, [], [], [],
            [.. tripServices.Select((s, i) => new Trip($"T{i}", "R", s, null, null, [new(1, "A", 0, 0, false), new(2, "B", 60, 60, false)]))],
            [], [], new ServiceCalendar(weekly, exceptions), LoadReport.Empty);

    [Fact]
    public void PeriodSpansWeeklyRangesAndAddedDatesButNotRemovedOnes()
    {
        var calendar = new ServiceCalendar(
            [new WeeklyService("WK", Weekdays, new(2025, 9, 1), new(2026, 8, 31))],
            [new ServiceException("WK", new(2026, 12, 25), Added: false), new ServiceException("XMAS", new(2025, 8, 30), Added: true)]);
        Assert.Equal(new ServicePeriod(new(2025, 8, 30), new(2026, 8, 31)), ServicePeriod.Of(calendar));
        Assert.Null(ServicePeriod.Of(new ServiceCalendar([], [new ServiceException("WK", new(2025, 9, 1), Added: false)])));
    }

    [Fact]
    public void ADateIsInForceOnlyInTheFeedsWhosePeriodHoldsIt()
    {
        var check = new ServicePeriodCheck([
            Feed("bus", [new WeeklyService("WK", Weekdays, new(2025, 9, 1), new(2026, 8, 31))],
                [new ServiceException("WK", new(2025, 12, 25), Added: false)], "WK", "WK"),
            Feed("rail", [new WeeklyService("SU", DaysOfWeek.Sunday, new(2020, 3, 16), new(2020, 5, 15))], [], "SU"),
        ]);

        var tuesday = check.On(new(2025, 9, 2));
        Assert.True(tuesday.AnyInForce);
        Assert.True(tuesday.ServiceOnDate);
        Assert.Equal(new FeedCoverage("bus", new(new(2025, 9, 1), new(2026, 8, 31)), true, new TripCounts(2, 0, 0), 0), tuesday.Feeds[0]);
        Assert.Equal(["rail"], tuesday.NotInForce.Select(f => f.FeedId));

        var saturday = check.On(new(2025, 9, 6));
        Assert.True(saturday.AnyInForce);
        Assert.False(saturday.ServiceOnDate);
        Assert.Equal(0, saturday.Feeds[0].ServicesRemovedOnDate);

        var christmas = check.On(new(2025, 12, 25));
        Assert.False(christmas.ServiceOnDate);
        Assert.Equal(1, christmas.Feeds[0].ServicesRemovedOnDate);

        foreach (var outside in new DateOnly[] { new(2026, 12, 1), new(2030, 1, 1), DateOnly.MinValue, DateOnly.MaxValue, new(2020, 5, 16) })
        {
            var none = check.On(outside);
            Assert.False(none.AnyInForce, $"{outside}");
            Assert.False(none.ServiceOnDate, $"{outside}");
        }
        Assert.True(check.On(new(2020, 5, 15)).AnyInForce); // both ends inclusive
    }

    [Fact]
    public void TheRealBusAndRailFeedsNeverOverlap()
    {
        var bus = GtfsReader.Read(Path.Combine(TestData.Authored, "transit", "rutland-modelled"), "rutland-modelled");
        var rail = CifReader.Read(TestData.Input("rail", "oakham-schedules-2020-03.mca"),
            RailStations.Load(TestData.Input("naptan", "910-rail-stations-studyarea.csv")), "rail");
        var check = new ServicePeriodCheck([bus, rail]);
        Assert.Equal([("rutland-modelled", new ServicePeriod(new(2025, 9, 1), new(2026, 8, 31))), ("rail", new ServicePeriod(new(2020, 3, 16), new(2020, 5, 15)))],
            check.Periods);
        // The CIF header's user-extract dates (2020-03-20..2021-03-21) are not the service period: the schedules' run dates are.
        Assert.Equal(new DateOnly(2021, 3, 21), rail.Info.EndDate);
        Assert.Equal(["rutland-modelled"], check.On(new(2025, 9, 2)).InForce.Select(f => f.FeedId));
        // The modelled feed's Sunday trains (its XC pattern copied from the CIF) keep a Sunday in service: trains only.
        var sunday = check.On(new(2025, 9, 7));
        Assert.True(sunday.ServiceOnDate);
        Assert.False(sunday.ServiceOnDateFor(bus: true, rail: false, onDemand: true));
        // A Saturday has no fixed-route bus or train, but the on-demand zones run (08:00–18:00): a service day, unless
        // on-demand is left out. It was once answered "no trip runs" while the journeys rode on-demand buses.
        var saturday = check.On(new(2025, 9, 6)).Feeds[0].TripsOnDate;
        Assert.Equal((0, 0), (saturday.Bus, saturday.Rail));
        Assert.True(saturday.OnDemand > 0);
        Assert.True(check.On(new(2025, 9, 6)).ServiceOnDate);
        Assert.False(check.On(new(2025, 9, 6)).ServiceOnDateFor(bus: true, rail: true, onDemand: false));
        // Christmas Day removes the weekday services, the on-demand ones with them.
        Assert.False(check.On(new(2025, 12, 25)).ServiceOnDate);
    }
}
