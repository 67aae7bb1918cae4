using Rutland.Access.Data;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Gtfs;

namespace Rutland.Access.Tests.Transit.Gtfs;

/// <summary>
/// GTFS-Flex as published, on tests/fixtures/gtfs/flex: a fixed trip S1, a zone trip Z1 over location group G1
/// (stops A and C, pick-up row then drop-off row) and a trip Z2 over the locations.geojson polygon L1 (around stop C
/// only), both booked by rule R1. Broken copies show that every malformed flex file names file, line and field.
/// </summary>
public sealed class GtfsFlexTests : IDisposable
{
    private readonly string _feed = Path.Combine(Path.GetTempPath(), $"gtfs-flex-{Guid.NewGuid():N}");

    public GtfsFlexTests()
    {
        Directory.CreateDirectory(_feed);
        foreach (string file in Directory.GetFiles(TestData.Fixture("gtfs", "flex")))
            File.Copy(file, Path.Combine(_feed, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_feed, recursive: true);

    [Fact]
    public void ReadsZonesWindowsBookingRulesAndSafeDurationAlongsideFixedTrips()
    {
        var feed = GtfsReader.Read(_feed);
        Assert.Equal("S1", Assert.Single(feed.Trips).Id);
        var flex = feed.Flex;
        Assert.Equal(["A", "C"], Assert.Single(flex.LocationGroups).StopIds.ToArray());
        Assert.Equal(["C"], Assert.Single(flex.Locations).StopIds.ToArray());
        var rule = Assert.Single(flex.BookingRules);
        Assert.Equal((1, 60, "01234 567890"), (rule.BookingType, rule.PriorNoticeMinutes!.Value, rule.PhoneNumber!));

        var z1 = flex.Trips.Single(t => t.Id == "Z1");
        Assert.Equal((1.5, 300.5), (z1.SafeDurationFactor, z1.SafeDurationOffsetSeconds));
        // 1.5 × 2000 s + 300.5 s = 3300.5 s, rounded up.
        Assert.Equal(3301, z1.RideSeconds(2000));
        Assert.Equal((7 * 3600, 19 * 3600), (z1.StopTimes[0].WindowStartSeconds, z1.StopTimes[0].WindowEndSeconds));
        Assert.Equal((true, false, "R1"), (z1.StopTimes[0].PickUp, z1.StopTimes[0].DropOff, z1.StopTimes[0].PickupBookingRuleId));
        Assert.Equal((false, true, "R1"), (z1.StopTimes[1].PickUp, z1.StopTimes[1].DropOff, z1.StopTimes[1].DropOffBookingRuleId));
        var z2 = flex.Trips.Single(t => t.Id == "Z2");
        Assert.Equal((1.0, 0.0), (z2.SafeDurationFactor, z2.SafeDurationOffsetSeconds));
        Assert.Equal(["A", "C"], flex.ServedStopIds().Order().ToArray());
    }

    [Fact]
    public void MergedFeedsPrefixFlexIds()
    {
        var merged = Rutland.Access.Transit.Timetable.TimetableFeed.Merge(GtfsReader.Read(_feed, "f"));
        Assert.Equal(["f:A", "f:C"], merged.Flex.StopIdsOf("f:G1").ToArray());
        Assert.Equal("f:R1", merged.Flex.Trips.Single(t => t.Id == "f:Z1").StopTimes[0].PickupBookingRuleId);
    }

    private DataFileException ReadWith(string file, string content)
    {
        File.WriteAllText(Path.Combine(_feed, file), content);
        return Assert.Throws<DataFileException>(() => GtfsReader.Read(_feed));
    }

    private void AssertNames(DataFileException ex, string file, long? line, string field)
    {
        Assert.Equal($"{_feed}/{file}", ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Contains(field, ex.Message);
    }

    private const string StopTimesHeader = "trip_id,arrival_time,departure_time,stop_id,stop_sequence,location_group_id,location_id,start_pickup_drop_off_window,end_pickup_drop_off_window,pickup_type,drop_off_type,pickup_booking_rule_id,drop_off_booking_rule_id\n";

    [Theory]
    [InlineData("Z1,,,,1,G9,,07:00:00,19:00:00,2,1,R1,\n", "field 'location_group_id': no group 'G9'")]
    [InlineData("Z1,,,,1,,L9,07:00:00,19:00:00,2,1,R1,\n", "field 'location_id': no location 'L9'")]
    [InlineData("Z1,,,,1,G1,,07:00:00,,2,1,R1,\n", "field 'end_pickup_drop_off_window' is required")]
    [InlineData("Z1,,,,1,G1,,19:00:00,07:00:00,2,1,R1,\n", "field 'end_pickup_drop_off_window': before")]
    [InlineData("Z1,07:00:00,,,1,G1,,07:00:00,19:00:00,2,1,R1,\n", "field 'arrival_time': forbidden")]
    [InlineData("Z1,,,,1,G1,,07:00:00,19:00:00,2,1,R9,\n", "field 'pickup_booking_rule_id': no rule 'R9'")]
    [InlineData("Z1,,,A,1,G1,,07:00:00,19:00:00,2,1,R1,\n", "exactly one of stop_id, location_group_id and location_id")]
    [InlineData("Z1,,,,1,G1,,7h,19:00:00,2,1,R1,\n", "field 'start_pickup_drop_off_window': '7h'")]
    public void MalformedFlexStopTimes(string row, string message) =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S1,09:00:00,09:00:00,A,1,,,,,,,,\nS1,09:25:00,09:25:00,B,2,,,,,,,,\n" + row),
            "stop_times.txt", 4, message);

    [Fact]
    public void GroupOfUnknownStop() =>
        AssertNames(ReadWith("location_group_stops.txt", "location_group_id,stop_id\nG1,A\nG1,Q\n"), "location_group_stops.txt", 3, "field 'stop_id': no stop 'Q'");

    [Fact]
    public void SameDayBookingWithoutNotice() =>
        AssertNames(ReadWith("booking_rules.txt", "booking_rule_id,booking_type,prior_notice_duration_min\nR1,1,\n"), "booking_rules.txt", 2,
            "field 'prior_notice_duration_min' is required");

    [Fact]
    public void UnknownBookingType() =>
        AssertNames(ReadWith("booking_rules.txt", "booking_rule_id,booking_type\nR1,7\n"), "booking_rules.txt", 2, "field 'booking_type': 7");

    [Fact]
    public void NegativeSafeDurationFactor() =>
        AssertNames(ReadWith("trips.txt", "route_id,service_id,trip_id,safe_duration_factor\n747,SAT,S1,\nDRT,WK,Z1,-1\nDRT,WK,Z2,\n"), "trips.txt", 3,
            "field 'safe_duration_factor'");

    [Fact]
    public void LocationThatIsNotAPolygon()
    {
        var ex = ReadWith("locations.geojson",
            """{"type":"FeatureCollection","features":[{"type":"Feature","id":"L1","properties":{},"geometry":{"type":"Point","coordinates":[-0.6,52.7]}}]}""");
        Assert.Equal($"{_feed}/locations.geojson", ex.FilePath);
        Assert.Contains("field 'geometry' must be a Polygon or MultiPolygon", ex.Message);
    }

    [Fact]
    public void DeviatedRouteTripsAreCountedNotSilentlyDropped()
    {
        File.WriteAllText(Path.Combine(_feed, "stop_times.txt"), StopTimesHeader +
            "S1,09:00:00,09:00:00,A,1,,,,,,,,\nS1,,,,2,G1,,09:00:00,10:00:00,1,2,,R1\nZ2,,,,1,,L1,08:00:00,18:00:00,2,2,R1,R1\n");
        var feed = GtfsReader.Read(_feed);
        Assert.Empty(feed.Trips);
        Assert.Equal(1, feed.Report[GtfsReportKeys.DeviatedFlexTripsSkipped]);
    }
}
