using Rutland.Access.Data;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Gtfs;

namespace Rutland.Access.Tests.Transit.Gtfs;

/// <summary>
/// Each class of error, on a copy of tests/fixtures/gtfs/minimal with one file replaced (the broken text is shown
/// here): the exception names "&lt;feed&gt;/&lt;file&gt;", the line and the field.
/// </summary>
public sealed class GtfsErrorTests : IDisposable
{
    private readonly string _feed = Path.Combine(Path.GetTempPath(), $"gtfs-error-{Guid.NewGuid():N}");

    public GtfsErrorTests()
    {
        Directory.CreateDirectory(_feed);
        foreach (string file in Directory.GetFiles(TestData.Fixture("gtfs", "minimal")))
            File.Copy(file, Path.Combine(_feed, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_feed, recursive: true);

    private DataFileException ReadWith(string file, string? content)
    {
        string path = Path.Combine(_feed, file);
        if (content is null) File.Delete(path);
        else File.WriteAllText(path, content);
        return Assert.Throws<DataFileException>(() => GtfsReader.Read(_feed));
    }

    private const string StopTimesHeader = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n";

    private void AssertNames(DataFileException ex, string file, long? line, string field)
    {
        Assert.Equal($"{_feed}/{file}", ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Contains(field, ex.Message);
    }

    [Fact]
    public void MissingRequiredField() =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S1,09:00:00,09:00:00,A,1\nS1,09:25:00,09:25:00,,2\n"),
            "stop_times.txt", 3, "field 'stop_id' is required");

    [Fact]
    public void MissingRequiredColumn() =>
        AssertNames(ReadWith("trips.txt", "route_id,trip_id\n747,S1\n"), "trips.txt", 1, "service_id");

    [Fact]
    public void MalformedTime() =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S1,09:00:00,09:00:00,A,1\nS1,9:5:00,09:25:00,B,2\n"),
            "stop_times.txt", 3, "field 'arrival_time': '9:5:00'");

    [Fact]
    public void StopTimeOfUnknownStop() =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S1,09:00:00,09:00:00,A,1\nS1,09:25:00,09:25:00,Z,2\n"),
            "stop_times.txt", 3, "field 'stop_id': no stop 'Z'");

    [Fact]
    public void StopTimeOfUnknownTrip() =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S2,09:00:00,09:00:00,A,1\n"),
            "stop_times.txt", 2, "field 'trip_id': no trip 'S2'");

    [Fact]
    public void TripOfUnknownRoute() =>
        AssertNames(ReadWith("trips.txt", "route_id,service_id,trip_id\n747,SAT,S1\n999,SAT,S2\n"), "trips.txt", 3, "field 'route_id': no route '999'");

    [Fact]
    public void TripOfUnknownService() =>
        AssertNames(ReadWith("trips.txt", "route_id,service_id,trip_id\n747,SUN,S1\n"), "trips.txt", 2, "field 'service_id': no service 'SUN'");

    [Fact]
    public void DuplicateStopSequence() =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S1,09:00:00,09:00:00,A,1\nS1,09:25:00,09:25:00,B,1\n"),
            "stop_times.txt", 3, "field 'stop_sequence': 1 appears twice");

    [Fact]
    public void LastStopWithoutTime() =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S1,09:00:00,09:00:00,A,1\nS1,,,B,2\n"),
            "stop_times.txt", 3, "field 'arrival_time': the last stop");

    [Fact]
    public void TimeGoingBackwards() =>
        AssertNames(ReadWith("stop_times.txt", StopTimesHeader + "S1,09:00:00,09:00:00,A,1\nS1,08:25:00,08:25:00,B,2\n"),
            "stop_times.txt", 3, "field 'arrival_time': time goes backwards");

    [Fact]
    public void UnknownRouteType() =>
        AssertNames(ReadWith("routes.txt", "route_id,route_short_name,route_type\n747,747,99\n"), "routes.txt", 2, "field 'route_type': 99");

    [Fact]
    public void InvalidExceptionType() =>
        AssertNames(ReadWith("calendar_dates.txt", "service_id,date,exception_type\nSAT,20240113,3\n"),
            "calendar_dates.txt", 2, "field 'exception_type': 3 is not one of 1, 2");

    [Fact]
    public void MissingRequiredFile() =>
        AssertNames(ReadWith("stop_times.txt", null), "stop_times.txt", null, "required GTFS file is missing");

    [Fact]
    public void NeitherCalendarFile() =>
        AssertNames(ReadWith("calendar.txt", null), "calendar.txt", null, "neither calendar.txt nor calendar_dates.txt");
}
