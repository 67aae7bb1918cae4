using Rutland.Access.Tests.Support;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Transit.Gtfs;

/// <summary>tests/fixtures/gtfs/rules: a small folder feed exercising each GTFS rule the reader implements.</summary>
public class GtfsRulesTests
{
    private static readonly TimetableFeed Feed = GtfsReader.Read(TestData.Fixture("gtfs", "rules"));

    private static Trip TripById(string id) => Feed.Trips.Single(t => t.Id == id);

    private static int Hms(int h, int m, int s = 0) => h * 3600 + m * 60 + s;

    [Fact]
    public void FeedInfoDeclaresTheFeedModelled()
    {
        Assert.Equal("rules", Feed.FeedId);
        Assert.Equal(
            new FeedInfo("Rutland Access", "modelled: Oakham town bus from service-facts (2019)", new(2024, 1, 1), new(2024, 12, 31),
                true, "Oakham town bus from service-facts (2019)"),
            Feed.Info);
    }

    [Fact]
    public void QuotedFieldsAndByteOrderMarkAreRead()
    {
        Assert.Equal("Rutland County Council, Transport", Assert.Single(Feed.Agencies).Name);
        var platform = Feed.Stops.Single(s => s.Id == "OAKP1"); // stop_id is the first column, after the BOM
        Assert.Equal(new Stop("OAKP1", "OAK1", "Oakham Station, Platform \"1\"", 52.67, -0.73, "OAK", StopLocationType.Stop), platform);
        Assert.Equal("Uppingham, via Market Place", TripById("N1").Headsign);
    }

    [Fact]
    public void EntrancesAndTripsWithoutStopTimesAreSkippedAndCounted()
    {
        Assert.DoesNotContain(Feed.Stops, s => s.Id == "OAKE");
        Assert.Equal(5, Feed.Stops.Length);
        Assert.DoesNotContain(Feed.Trips, t => t.Id == "T0");
        Assert.Equal(1, Feed.Report[GtfsReportKeys.StopNodesSkipped]);
        Assert.Equal(1, Feed.Report[GtfsReportKeys.TripsWithoutStopTimesSkipped]);
        Assert.Equal(1, Feed.Report[GtfsReportKeys.TransfersWithoutStopsSkipped]);
        Assert.Equal(3, Feed.Report[GtfsReportKeys.StopTimesInterpolated]);
    }

    [Fact]
    public void ExtendedRouteTypesMapToModes()
    {
        Assert.Equal(new Route("R1", "RCC", "1", "Oakham Town", 700, TransitMode.Bus), Feed.Routes.Single(r => r.Id == "R1"));
        Assert.Equal(TransitMode.Bus, Feed.Routes.Single(r => r.Id == "R9").Mode);
        Assert.Equal(TransitMode.Rail, RouteTypes.ToMode(100));
        Assert.Equal(TransitMode.Tram, RouteTypes.ToMode(900));
        Assert.Equal(TransitMode.Ferry, RouteTypes.ToMode(1200));
        Assert.Equal(TransitMode.Other, RouteTypes.ToMode(1700));
        Assert.Null(RouteTypes.ToMode(1800));
    }

    [Fact]
    public void StopTimesAreOrderedBySequenceWithSingleDigitHours()
    {
        var t1 = TripById("T1").StopTimes;
        Assert.Equal([10, 20, 30], t1.Select(s => s.StopSequence).ToArray());
        Assert.Equal(new StopTime(10, "OAKP1", Hms(7, 0), Hms(7, 2), false), t1[0]);
        Assert.Equal(new StopTime(30, "HOS", Hms(7, 20), Hms(7, 20), false), t1[2]);
    }

    [Fact]
    public void BlankIntermediateTimesAreInterpolatedByDistance()
    {
        // Market Place lies halfway between Oakham (departs 7:02) and the hospital (arrives 7:20).
        Assert.Equal(new StopTime(20, "MKT", Hms(7, 11), Hms(7, 11), true), TripById("T1").StopTimes[1]);
        // Night bus: 23:50 to 25:10 over 0.080° of latitude; Market Place at 0.005°, hospital at 0.010°.
        Assert.Equal(
            [(Hms(23, 50), false), (Hms(23, 55), true), (Hms(24, 0), true), (Hms(25, 10), false)],
            TripById("N1").StopTimes.Select(s => (s.ArrivalSeconds, s.Interpolated)).ToArray());
        Assert.Equal(Hms(25, 12), TripById("N1").StopTimes[^1].DepartureSeconds);
    }

    [Fact]
    public void FrequenciesKeepExactTimesFlag()
    {
        Assert.Equal(
            [
                new Frequency("F0", Hms(6, 0), Hms(9, 0), 1200, false),
                new Frequency("F1", Hms(16, 0), Hms(18, 0), 1800, true),
                new Frequency("F1", Hms(19, 0), Hms(20, 0), 3600, false),
            ],
            Feed.Frequencies.ToArray());
    }

    [Fact]
    public void StopToStopTransfersAreKept()
    {
        Assert.Equal(new Transfer("OAKP1", "MKT", 2, 300), Assert.Single(Feed.Transfers));
    }

    [Theory]
    [InlineData("2024-05-03", true)]  // Friday
    [InlineData("2024-05-04", false)] // Saturday
    [InlineData("2024-05-06", false)] // bank holiday Monday removed (exception_type 2)
    [InlineData("2024-05-07", true)]
    [InlineData("2024-05-11", true)]  // Saturday added (exception_type 1)
    [InlineData("2025-01-01", false)] // after end_date
    public void WeeklyServiceWithExceptions(string date, bool active) =>
        Assert.Equal(active, Feed.Calendar.IsActive("WK", DateOnly.Parse(date)));

    [Fact]
    public void ServiceDefinedOnlyByCalendarDates()
    {
        Assert.Equal([new DateOnly(2024, 12, 24), new DateOnly(2024, 12, 31)], Feed.Calendar.ActiveDates("XMAS"));
        Assert.False(Feed.Calendar.IsActive("XMAS", new DateOnly(2024, 12, 25)));
        Assert.Equal(262, Feed.Calendar.ActiveDates("WK").Count()); // 262 weekdays in 2024, less one removed, plus one Saturday added
        Assert.False(Feed.Calendar.IsActive("NONE", new DateOnly(2024, 12, 24)));
    }

    [Fact]
    public void OptionalFilesMayBeMissing()
    {
        var feed = GtfsReader.Read(TestData.Fixture("gtfs", "minimal"), "centrebus");
        Assert.Equal("centrebus", feed.FeedId);
        Assert.Equal(FeedInfo.Unknown, feed.Info);
        Assert.Equal("centrebus", Assert.Single(feed.Agencies).Id); // a lone agency without agency_id takes the feed id
        Assert.Equal("centrebus", Assert.Single(feed.Routes).AgencyId);
        Assert.Empty(feed.Frequencies);
        Assert.Empty(feed.Transfers);
        Assert.Empty(feed.Calendar.Exceptions);
        Assert.Equal(26, feed.Calendar.ActiveDates("SAT").Count());
        Assert.Equal(2, feed.StopTimeCount);
    }
}
