using Rutland.Access.Tests.Support;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Transit.Gtfs;

/// <summary>The real Caltrain feed of April 2016: counts and spot values checked against its files.</summary>
public class CaltrainFeedTests
{
    private static readonly TimetableFeed Feed = GtfsReader.Read(TestData.Input("gtfs-samples", "caltrain-2016-04-06.zip"));

    [Fact]
    public void CountsMatchTheFeed()
    {
        Assert.Equal("caltrain-2016-04-06", Feed.FeedId);
        Assert.Equal(3103, Feed.StopTimeCount);
        Assert.Equal(218, Feed.Trips.Length);
        Assert.Equal(4, Feed.Routes.Length);
        Assert.Equal(95, Feed.Stops.Length);
        Assert.Equal(31, Feed.Stops.Count(s => s.LocationType == StopLocationType.Station));
        Assert.Equal(3, Feed.Calendar.ServiceIds.Count);
        Assert.Empty(Feed.Frequencies);
        Assert.Empty(Feed.Report.Counts);
        Assert.Equal(FeedInfo.Unknown, Feed.Info);
    }

    [Fact]
    public void RoutesMapToModesAndTheLoneAgency()
    {
        var agency = Assert.Single(Feed.Agencies);
        Assert.Equal("CT", agency.Id);
        Assert.All(Feed.Routes, r => Assert.Equal("CT", r.AgencyId));
        Assert.Equal(TransitMode.Bus, Feed.Routes.Single(r => r.Id == "TaSj-16APR").Mode);
        Assert.Equal(3, Feed.Routes.Count(r => r.Mode == TransitMode.Rail));
        Assert.Null(Feed.Routes.Single(r => r.Id == "Lo-16APR").ShortName); // published as a single space
    }

    [Fact]
    public void Trip101RunsSanJoseToSanFranciscoFrom0430To0603()
    {
        var trip = Feed.Trips.Single(t => t.Id == "101");
        Assert.Equal("CT-16APR-Caltrain-Weekday-01", trip.ServiceId);
        Assert.Equal("SAN FRANCISCO STATION", trip.Headsign);
        Assert.Equal(0, trip.DirectionId);
        Assert.Equal(22, trip.StopTimes.Length);
        Assert.Equal(new StopTime(1, "70261", 4 * 3600 + 30 * 60, 4 * 3600 + 30 * 60, false), trip.StopTimes[0]);
        Assert.Equal(new StopTime(22, "70011", 6 * 3600 + 3 * 60, 6 * 3600 + 3 * 60, false), trip.StopTimes[^1]);
        Assert.Equal("ctsf", Feed.Stops.Single(s => s.Id == "70011").ParentStation);
    }

    [Fact]
    public void TimesPastMidnightKeepCounting()
    {
        var trip = Feed.Trips.Single(t => t.Id == "451a");
        Assert.Equal(24 * 3600 + 8 * 60, trip.StopTimes[^1].ArrivalSeconds);
    }

    [Fact]
    public void MemorialDayRunsTheSundayServiceInsteadOfTheWeekday()
    {
        var memorialDay = new DateOnly(2016, 5, 30); // a Monday
        Assert.False(Feed.Calendar.IsActive("CT-16APR-Caltrain-Weekday-01", memorialDay));
        Assert.True(Feed.Calendar.IsActive("CT-16APR-Caltrain-Sunday-02", memorialDay));
        Assert.True(Feed.Calendar.IsActive("CT-16APR-Caltrain-Weekday-01", memorialDay.AddDays(1)));
        Assert.False(Feed.Calendar.IsActive("CT-16APR-Caltrain-Sunday-02", memorialDay.AddDays(1)));
    }
}
