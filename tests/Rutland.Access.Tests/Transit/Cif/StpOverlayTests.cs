using Rutland.Access.Data;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Cif;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Transit.Cif;

/// <summary>
/// tests/fixtures/cif/stp-overlay.mca: train A12345 runs weekdays 16–27 March 2020 (P), ten minutes later on
/// Wednesday 18th (O) and not at all Friday 20th – Tuesday 24th (C); train B54321 runs Saturdays past midnight.
/// </summary>
public class StpOverlayTests
{
    private static readonly Dictionary<string, (string AtcoCode, string Name, double Lat, double Lon)> Stations = new()
    {
        ["OAKHAM"] = ("9100OAKHAM", "Oakham Rail Station", 52.672, -0.734),
        ["STAMFD"] = ("9100STAMFD", "Stamford Rail Station", 52.648, -0.480),
        ["PBRO"] = ("9100PBRO", "Peterborough Rail Station", 52.575, -0.250),
    };

    private static TimetableFeed Read(string fixture) => CifReader.Read(TestData.Fixture("cif", fixture), Stations);

    private static readonly TimetableFeed Feed = Read("stp-overlay.mca");

    private const string Permanent = "A12345-P-200316", Overlay = "A12345-O-200318", LateTrain = "B54321-P-200321";

    [Fact]
    public void CancellationMakesNoTrip()
    {
        Assert.Equal([Overlay, Permanent, LateTrain], Feed.Trips.Select(t => t.Id).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("2020-03-16", true, false)]  // Monday: permanent
    [InlineData("2020-03-17", true, false)]
    [InlineData("2020-03-18", false, true)]  // Wednesday: the overlay replaces it
    [InlineData("2020-03-19", true, false)]
    [InlineData("2020-03-20", false, false)] // cancelled Friday 20th ...
    [InlineData("2020-03-21", false, false)] // (Saturday: does not run anyway)
    [InlineData("2020-03-23", false, false)]
    [InlineData("2020-03-24", false, false)] // ... to Tuesday 24th
    [InlineData("2020-03-25", true, false)]
    [InlineData("2020-03-27", true, false)]
    [InlineData("2020-03-30", false, false)] // after the permanent schedule ends
    public void TheHighestPriorityScheduleRunsEachDate(string date, bool permanentRuns, bool overlayRuns)
    {
        var day = DateOnly.Parse(date);
        Assert.Equal(permanentRuns, Feed.Calendar.IsActive(Permanent, day));
        Assert.Equal(overlayRuns, Feed.Calendar.IsActive(Overlay, day));
    }

    [Fact]
    public void OverlayHasItsOwnTimes()
    {
        var permanent = Feed.Trips.Single(t => t.Id == Permanent).StopTimes;
        var overlay = Feed.Trips.Single(t => t.Id == Overlay).StopTimes;
        Assert.Equal(8 * 3600, permanent[0].DepartureSeconds);
        Assert.Equal(8 * 3600 + 10 * 60, overlay[0].DepartureSeconds);
        Assert.Equal(["9100OAKHAM", "9100STAMFD", "9100PBRO"], permanent.Select(s => s.StopId).ToArray());
        Assert.Equal((8 * 3600 + 13 * 60, 8 * 3600 + 13 * 60), (permanent[1].ArrivalSeconds, permanent[1].DepartureSeconds));
        Assert.Equal(8 * 3600 + 25 * 60, permanent[2].ArrivalSeconds);
    }

    [Fact]
    public void TimesPastMidnightContinueTheServiceDayAndWorkingTimesStandInForMissingPublicOnes()
    {
        var late = Feed.Trips.Single(t => t.Id == LateTrain);
        Assert.Equal(
            [(23 * 3600 + 51 * 60, 23 * 3600 + 51 * 60), (86_400 + 3 * 60 + 30, 86_400 + 4 * 60), (86_400 + 16 * 60, 86_400 + 16 * 60)],
            late.StopTimes.Select(s => (s.ArrivalSeconds, s.DepartureSeconds)).ToArray());
        Assert.Equal("EM", Feed.Routes.Single(r => r.Id == late.RouteId).AgencyId);
        Assert.Equal("East Midlands Railway", Feed.Agencies.Single(a => a.Id == "EM").Name);
        Assert.True(Feed.Calendar.IsActive(LateTrain, new DateOnly(2020, 3, 28)));
    }

    [Fact]
    public void CrsComesFromTheTiplocRecordAndSkippedLocationsAreCounted()
    {
        Assert.Equal("OKM", Feed.Stops.Single(s => s.Id == "9100OAKHAM").Code);
        Assert.Null(Feed.Stops.Single(s => s.Id == "9100STAMFD").Code);
        Assert.Equal(1, Feed.Report[CifReportKeys.CallsAtUnknownStations]); // Ketton
        Assert.Equal(1, Feed.Report[CifReportKeys.PassingPoints]);           // Manton Junction
        Assert.Equal(0, Feed.Report[CifReportKeys.MissingTrailer]);
    }

    [Fact]
    public void MalformedTimeNamesFileLineAndField()
    {
        var ex = Assert.Throws<DataFileException>(() => Read("bad-time.mca"));
        Assert.EndsWith("bad-time.mca", ex.FilePath);
        Assert.Equal(8, ex.Line);
        Assert.Contains("scheduled arrival '08X2H'", ex.Message);
    }

    [Fact]
    public void ScheduleWithoutTerminusNamesItsBasicScheduleLine()
    {
        var ex = Assert.Throws<DataFileException>(() => Read("missing-terminus.mca"));
        Assert.Equal(3, ex.Line);
        Assert.Contains("A12345 has no LT", ex.Message);
    }
}
