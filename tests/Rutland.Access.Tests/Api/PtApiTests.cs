using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>Public-transport answers and problems through the HTTP API, on the real data (rail CIF weekday train 2020-03-16..05-15).</summary>
[Collection(ApiCollection.Name)]
public class PtApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string StationToStation = "/api/v1/journey?mode=pt&from=52.6717,-0.7342&to=52.6478,-0.4801&departure=";

    private async Task<JsonElement> Get(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    [Fact]
    public async Task MatrixAnswersEveryPairWithPercentilesAndSaysWhichFeedsWereUsed()
    {
        var root = await Get("/api/v1/travel-times?mode=pt&from=oakham,uppingham&departure=2020-03-17T07:00");
        Assert.Equal("pt", root.GetProperty("mode").GetString());
        Assert.Equal("2020-03-17", root.GetProperty("window").GetProperty("serviceDate").GetString());
        Assert.Equal(180, root.GetProperty("window").GetProperty("minutes").GetInt32());
        Assert.Contains(root.GetProperty("feeds").EnumerateArray(), f => f.GetProperty("format").GetString() == "cif");
        // Only the CIF extract is in force in March 2020, so the answer rests on no modelled timetable.
        Assert.Equal(["oakham-schedules-2020-03"], root.GetProperty("feedsInForce").EnumerateArray().Select(f => f.GetString()));
        Assert.False(root.GetProperty("timetableModelled").GetBoolean());
        var results = root.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(2 * 4, results.Length);
        foreach (var r in results)
        {
            var p = r.GetProperty("percentiles");
            Assert.Equal(["p25", "p50", "p75"], p.EnumerateObject().Select(x => x.Name).ToArray());
            double share = r.GetProperty("reachableShare").GetDouble();
            Assert.Equal(share > 0, r.GetProperty("reachable").GetBoolean());
            if (r.GetProperty("minutes").ValueKind == JsonValueKind.Number)
                Assert.Equal(p.GetProperty("p50").GetDouble(), r.GetProperty("minutes").GetDouble());
        }
    }

    [Fact]
    public async Task JourneyFromOakhamStationToStamfordStationRidesTheTrain()
    {
        // Oakham and Stamford rail stations (NaPTAN 9100OAKHAM, 9100STAMFD); the weekday train 1L52 leaves Oakham at 19:46.
        var root = await Get(StationToStation + "2020-03-17T19:30");
        Assert.True(root.GetProperty("reachable").GetBoolean());
        var legs = root.GetProperty("legs").EnumerateArray().ToArray();
        var ride = Assert.Single(legs, l => l.GetProperty("mode").GetString() == "rail");
        Assert.Contains("Oakham", ride.GetProperty("fromStopName").GetString());
        Assert.Contains("Stamford", ride.GetProperty("toStopName").GetString());
        var minutes = (DateTime.Parse(ride.GetProperty("end").GetString()!) - DateTime.Parse(ride.GetProperty("start").GetString()!)).TotalMinutes;
        Assert.InRange(minutes, 13, 14);
        Assert.Equal("walk", legs[0].GetProperty("mode").GetString());
    }

    [Fact]
    public async Task JourneyOnASundayWithoutTrainsIsUnreachableAndSaysSo()
    {
        // Sunday 2020-03-29 is within the CIF extract's period, but its only Sunday trains ran on the 22nd.
        var root = await Get(StationToStation + "2020-03-29T19:30");
        Assert.False(root.GetProperty("reachable").GetBoolean());
        Assert.Equal(0, root.GetProperty("legs").GetArrayLength());
        Assert.False(root.GetProperty("serviceOnDate").GetBoolean());
        Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "NO_SERVICE_ON_DATE");
    }

    [Fact]
    public async Task JourneyOnADateOutsideEveryTimetableIsA422()
    {
        // It used to be a plain "unreachable" (2020-06-07 is past the CIF extract's 2020-05-15 and before the bus feed).
        var response = await _client.GetAsync(StationToStation + "2020-06-07T19:30");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task DepartureTimeChangesTheAnswer()
    {
        // Valhalla #5131: a matrix that ignored the departure time. 19:45 catches the 19:46; 19:50 has no train left that day.
        var before = await Get(StationToStation + "2020-03-17T19:45");
        var after = await Get(StationToStation + "2020-03-17T19:50");
        Assert.True(before.GetProperty("reachable").GetBoolean());
        Assert.False(after.GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task ArriveByGivesADepartureWhoseJourneyArrivesInTime()
    {
        var root = await Get("/api/v1/travel-times?mode=pt&from=oakham&to=stamford&arriveBy=2020-03-17T20:30&window=120&appointmentMinutes=30");
        var r = Assert.Single(root.GetProperty("results").EnumerateArray());
        var appointment = r.GetProperty("appointment");
        Assert.Equal("2020-03-17T20:30:00", appointment.GetProperty("arriveBy").GetString());
        Assert.Equal(30, appointment.GetProperty("appointmentMinutes").GetInt32());
        Assert.Equal(r.GetProperty("reachable").GetBoolean(), appointment.GetProperty("latestDeparture").ValueKind == JsonValueKind.String);
        if (r.GetProperty("reachable").GetBoolean())
        {
            var departure = DateTime.Parse(appointment.GetProperty("latestDeparture").GetString()!);
            var arrival = DateTime.Parse(appointment.GetProperty("arrival").GetString()!);
            Assert.True(departure < arrival && arrival <= new DateTime(2020, 3, 17, 20, 30, 0), $"{departure} → {arrival}");
        }
    }

    [Theory]
    [InlineData("mode=pt&window=0", HttpStatusCode.UnprocessableEntity)]
    [InlineData("mode=pt&window=361", HttpStatusCode.UnprocessableEntity)]
    [InlineData("mode=pt&window=lots", HttpStatusCode.BadRequest)]
    [InlineData("mode=pt&percentiles=50,101", HttpStatusCode.UnprocessableEntity)]
    [InlineData("mode=pt&percentiles=median", HttpStatusCode.BadRequest)]
    [InlineData("mode=pt&maxTransfers=-1", HttpStatusCode.UnprocessableEntity)]
    [InlineData("mode=pt&maxWalkMeters=9000", HttpStatusCode.UnprocessableEntity)]
    [InlineData("mode=pt&departure=2020-03-17T07:00&arriveBy=2020-03-17T09:00", HttpStatusCode.BadRequest)]
    [InlineData("mode=pt&appointmentMinutes=30", HttpStatusCode.BadRequest)]
    [InlineData("mode=pt&arriveBy=tomorrow", HttpStatusCode.BadRequest)]
    [InlineData("mode=pt&legs=maybe", HttpStatusCode.BadRequest)]
    [InlineData("mode=bike", HttpStatusCode.BadRequest)]
    public async Task InvalidPtInputIsAProblem(string query, HttpStatusCode status)
    {
        var response = await _client.GetAsync("/api/v1/travel-times?from=oakham&" + query);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
