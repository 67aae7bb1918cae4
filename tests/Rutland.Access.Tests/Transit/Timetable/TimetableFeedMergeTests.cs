using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Cif;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Transit.Timetable;

public class TimetableFeedMergeTests
{
    private static readonly TimetableFeed Bus = GtfsReader.Read(TestData.Fixture("gtfs", "rules"), "bus");
    private static readonly TimetableFeed Rail = CifReader.Read(
        TestData.Input("rail", "oakham-schedules-2020-03.mca"),
        RailStations.Load(TestData.Input("naptan", "910-rail-stations-studyarea.csv")), "rail");

    private static readonly TimetableFeed Merged = TimetableFeed.Merge(Bus, Rail);

    [Fact]
    public void EveryIdIsPrefixedWithItsFeed()
    {
        Assert.Equal("bus+rail", Merged.FeedId);
        Assert.Equal(Bus.Trips.Length + Rail.Trips.Length, Merged.Trips.Length);
        Assert.Equal(Bus.StopTimeCount + Rail.StopTimeCount, Merged.StopTimeCount);
        Assert.Contains(Merged.Stops, s => s.Id == "rail:9100OAKHAM");
        Assert.Equal("bus:OAK", Merged.Stops.Single(s => s.Id == "bus:OAKP1").ParentStation);
        var trip = Merged.Trips.Single(t => t.Id == "bus:T1");
        Assert.Equal(("bus:R1", "bus:WK", "bus:OAKP1"), (trip.RouteId, trip.ServiceId, trip.StopTimes[0].StopId));
        Assert.Equal("bus:RCC", Merged.Routes.Single(r => r.Id == "bus:R1").AgencyId);
        Assert.Equal("bus:F1", Merged.Frequencies[1].TripId);
        Assert.Equal(new Transfer("bus:OAKP1", "bus:MKT", 2, 300), Assert.Single(Merged.Transfers));
    }

    [Fact]
    public void CalendarsAndReportsKeepWorkingUnderPrefixedIds()
    {
        Assert.False(Merged.Calendar.IsActive("bus:WK", new DateOnly(2024, 5, 6)));
        Assert.True(Merged.Calendar.IsActive("bus:WK", new DateOnly(2024, 5, 7)));
        Assert.True(Merged.Calendar.IsActive("rail:C74223-P-200316", new DateOnly(2020, 3, 16)));
        Assert.False(Merged.Calendar.IsActive("WK", new DateOnly(2024, 5, 7)));
        Assert.Equal(27, Merged.Report[$"rail: {CifReportKeys.CallsAtUnknownStations}"]);
        Assert.Equal(1, Merged.Report[$"bus: {GtfsReportKeys.StopNodesSkipped}"]);
    }

    [Fact]
    public void MergedInfoIsModelledIfAnyInputIs()
    {
        Assert.True(Merged.Info.Modelled);
        Assert.Equal("Rutland Access; TPS.UCFCATE.PD200320", Merged.Info.Publisher);
        Assert.Equal(new DateOnly(2020, 3, 20), Merged.Info.StartDate);
        Assert.Equal(new DateOnly(2024, 12, 31), Merged.Info.EndDate);
    }

    [Fact]
    public void FeedIdsMustBeDistinct() =>
        Assert.Throws<ArgumentException>(() => TimetableFeed.Merge(Bus, Bus));
}
