using System.Text.Json;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Flex;

namespace Rutland.Access.Tests.Api;

/// <summary>
/// arriveBy means arrive by: only departures whose journey arrives in time count, minutes and percentiles are over those,
/// and when none arrives the pair is unreachable and no journey home is claimed. Modelled feed, Tuesday 2025-09-02.
/// </summary>
[Collection(ApiCollection.Name)]
public class ArriveByTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Result(string query) =>
        JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/travel-times?mode=pt&{query}")).RootElement.GetProperty("results")[0];

    [Fact]
    public async Task NothingArrivingInTimeIsUnreachableAndClaimsNoJourneyHome()
    {
        // The issue's case at an earlier hour: no journey from Uppingham reaches Melton Mowbray hospital by 07:30 (the first bus
        // leaves Uppingham at 06:56 and arrives 08:43). Before this rule such a pair answered a time and reachable: true.
        var r = await Result("from=uppingham&to=melton&arriveBy=2025-09-02T07:30&appointmentMinutes=30");
        Assert.False(r.GetProperty("reachable").GetBoolean());
        Assert.Equal(0, r.GetProperty("reachableShare").GetDouble());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("minutes").ValueKind);
        Assert.All(r.GetProperty("percentiles").EnumerateObject(), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
        Assert.False(r.GetProperty("walkOnly").GetBoolean());
        var appointment = r.GetProperty("appointment");
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("latestDeparture").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("returnReachable").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("firstReturnArrival").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("lastReturnDeparture").ValueKind);
    }

    [Fact]
    public async Task AWindowReachingBackBeforeMidnightIsRefusedNotShortened()
    {
        // The default 180-minute window before 01:00 would begin the evening before, which a service day does not hold;
        // it used to be cut to 60 minutes without a word.
        var refused = await _client.GetAsync("/api/v1/travel-times?mode=pt&from=oakham&to=rmh&arriveBy=2025-09-02T01:00");
        Assert.Equal(422, (int)refused.StatusCode);
        var problem = await Robustness.ProblemAssert.IsProblem(refused, "window before midnight");
        Assert.Contains("at most 60 minutes", problem.GetProperty("detail").GetString());

        var r = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/travel-times?mode=pt&from=oakham&to=rmh&arriveBy=2025-09-02T01:00&window=60")).RootElement;
        Assert.Equal(60, r.GetProperty("window").GetProperty("minutes").GetInt32());
        Assert.Equal("2025-09-02T00:00:00", r.GetProperty("window").GetProperty("start").GetString());
    }

    [Fact]
    public async Task MinutesAreOverTheDeparturesThatArriveInTime()
    {
        // Langham → RMH by 10:00: departures after the latest one that arrives in time do not count, so the share reachable
        // is the minutes from 07:00 up to and including that latest departure, over the 180-minute window.
        // Fixed routes only, so that the counted minutes are bus departure minutes (on-demand rides: the tests below).
        var r = await Result("from=langham&to=rmh&arriveBy=2025-09-02T10:00&appointmentMinutes=60&modes=bus,rail");
        Assert.True(r.GetProperty("reachable").GetBoolean());
        var appointment = r.GetProperty("appointment");
        var latest = DateTime.Parse(appointment.GetProperty("latestDeparture").GetString()!);
        var arrival = DateTime.Parse(appointment.GetProperty("arrival").GetString()!);
        Assert.True(arrival <= new DateTime(2025, 9, 2, 10, 0, 0));
        int counted = (int)(latest - new DateTime(2025, 9, 2, 7, 0, 0)).TotalMinutes + 1;
        Assert.InRange(counted, 1, 179);
        Assert.Equal(Math.Round(counted / 180.0, 3), r.GetProperty("reachableShare").GetDouble());
        // Every counted sample departs at 07:00 or later and arrives by 10:00; the latest departure's own journey is the
        // fastest that arrives in time, and the slowest counted one cannot take longer than from 07:00 to 10:00.
        double fastest = Math.Round((arrival - latest).TotalMinutes, 1);
        double p25 = r.GetProperty("percentiles").GetProperty("p25").GetDouble(), p75 = r.GetProperty("percentiles").GetProperty("p75").GetDouble();
        Assert.InRange(p25, fastest - 0.1, p75);
        Assert.InRange(p75, p25, 180);
        Assert.Equal(r.GetProperty("percentiles").GetProperty("p50").GetDouble(), r.GetProperty("minutes").GetDouble());
        Assert.True(appointment.GetProperty("returnReachable").GetBoolean());
    }

    [Fact]
    public async Task AWalkCountsOnlyFromDeparturesThatStillArriveInTime()
    {
        // Oakham to RMH is a 9.3-minute walk: every departure up to 09:50 arrives by 10:00, the last nine minutes do not.
        var r = await Result("from=oakham&to=rmh&arriveBy=2025-09-02T10:00");
        Assert.True(r.GetProperty("walkOnly").GetBoolean());
        Assert.Equal(9.3, r.GetProperty("minutes").GetDouble());
        Assert.Equal(Math.Round(171 / 180.0, 3), r.GetProperty("reachableShare").GetDouble());
        Assert.Equal("2025-09-02T09:50:42", r.GetProperty("appointment").GetProperty("latestDeparture").GetString());
    }
    private static DateTime Time(JsonElement e, string name) => DateTime.Parse(e.GetProperty(name).GetString()!);

    [Fact]
    public async Task TheLatestDepartureIsTheOnDemandRideWhenItLeavesLaterThanAnyBus()
    {
        // Cottesmore → RMH by 10:00: the last bus way leaves 08:13 (RZ1 08:18); a direct Zone 1 ride leaves 09:23:55 — walk
        // to the stop, the pick-up wait, the ride and the walk on arrive at 10:00:00 — and its journey is the one shown.
        const string pair = "from=cottesmore&to=rmh&arriveBy=2025-09-02T10:00&appointmentMinutes=60&legs=true";
        var r = await Result(pair);
        var appointment = r.GetProperty("appointment");
        Assert.Equal("2025-09-02T09:23:55", appointment.GetProperty("latestDeparture").GetString());
        Assert.Equal("2025-09-02T10:00:00", appointment.GetProperty("arrival").GetString());
        var legs = r.GetProperty("journey").GetProperty("legs").EnumerateArray().ToArray();
        Assert.Equal(["walk", "ondemand", "walk"], legs.Select(l => l.GetProperty("mode").GetString()));
        Assert.Equal(Time(legs[0], "end").AddSeconds(FlexRules.PickupWaitSeconds), Time(legs[1], "start"));
        Assert.True(legs[1].GetProperty("booking").GetProperty("mustBookAhead").GetBoolean());
        Assert.Equal(Time(appointment, "latestDeparture"), Time(legs[0], "start"));
        Assert.Equal(Time(appointment, "arrival"), Time(legs[2], "end"));

        var busOnly = (await Result(pair + "&modes=bus,rail")).GetProperty("appointment");
        Assert.Equal("2025-09-02T08:13:00", busOnly.GetProperty("latestDeparture").GetString());
    }

    [Fact]
    public async Task TheJourneyHomeCanBeAnOnDemandRideInsideTheZoneHours()
    {
        // After a 10:00–11:00 appointment at RMH the ride home to Cottesmore arrives 11:36:02 and can be taken until 18:27:11
        // (the last pick-up that still drops off by the zone's 19:00 close, less the pick-up wait and the walk to the stop);
        // by bus alone the only way home is the evening RZ1 (first home 17:32:12, last departure 17:37).
        var appointment = (await Result("from=cottesmore&to=rmh&arriveBy=2025-09-02T10:00&appointmentMinutes=60")).GetProperty("appointment");
        Assert.True(appointment.GetProperty("returnReachable").GetBoolean());
        Assert.Equal("2025-09-02T11:36:02", appointment.GetProperty("firstReturnArrival").GetString());
        Assert.Equal("2025-09-02T18:27:11", appointment.GetProperty("lastReturnDeparture").GetString());
        Assert.True(Time(appointment, "lastReturnDeparture") <= new DateTime(2025, 9, 2, 19, 0, 0).AddSeconds(-FlexRules.PickupWaitSeconds));

        var busOnly = (await Result("from=cottesmore&to=rmh&arriveBy=2025-09-02T10:00&appointmentMinutes=60&modes=bus,rail")).GetProperty("appointment");
        Assert.Equal("2025-09-02T17:32:12", busOnly.GetProperty("firstReturnArrival").GetString());
        Assert.Equal("2025-09-02T17:37:00", busOnly.GetProperty("lastReturnDeparture").GetString());
    }

    [Fact]
    public async Task NoJourneyHomeOnceTheZoneHasClosed()
    {
        // The on-demand ride still gets to a 17:30–18:30 appointment, but leaving at 18:30 the ride home would start after the
        // last pick-up (the way home can leave until 18:27:11) and no bus runs to Cottesmore afterwards: no journey home,
        // said as false (not null: the appointment itself is reachable). The same appointment two hours earlier has one.
        var late = await Result("from=cottesmore&to=rmh&arriveBy=2025-09-02T17:30&appointmentMinutes=60");
        Assert.True(late.GetProperty("reachable").GetBoolean());
        var appointment = late.GetProperty("appointment");
        Assert.Equal("2025-09-02T16:53:55", appointment.GetProperty("latestDeparture").GetString());
        Assert.False(appointment.GetProperty("returnReachable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("firstReturnArrival").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("lastReturnDeparture").ValueKind);

        var earlier = (await Result("from=cottesmore&to=rmh&arriveBy=2025-09-02T15:30&appointmentMinutes=60")).GetProperty("appointment");
        Assert.True(earlier.GetProperty("returnReachable").GetBoolean());
        Assert.Equal("2025-09-02T18:27:11", earlier.GetProperty("lastReturnDeparture").GetString());
    }
    /// <summary>With legs=true the journey that first gets home is shown leg by leg: it leaves the hospital after the
    /// appointment and arrives at the first arrival home; by an on-demand ride, by bus, or by bus with on-demand legs.</summary>
    [Theory]
    [InlineData("from=cottesmore&to=rmh&arriveBy=2025-09-02T10:00&appointmentMinutes=60", "11:00", "ondemand")]
    [InlineData("from=cottesmore&to=rmh&arriveBy=2025-09-02T10:00&appointmentMinutes=60&modes=bus,rail", "11:00", "bus")]
    [InlineData("from=uppingham&to=melton&arriveBy=2025-09-02T10:30&appointmentMinutes=60", "11:30", "bus")]
    public async Task TheFirstJourneyHomeIsShownLegByLeg(string query, string appointmentEnds, string rides)
    {
        var appointment = (await Result(query + "&legs=true")).GetProperty("appointment");
        var home = appointment.GetProperty("firstJourneyHome");
        var legs = home.GetProperty("legs").EnumerateArray().ToArray();
        Assert.NotEmpty(legs);
        Assert.Contains(legs, l => l.GetProperty("mode").GetString() == rides);
        Assert.True(Time(home, "departure") >= DateTime.Parse($"2025-09-02T{appointmentEnds}"), $"leaves {home.GetProperty("departure")}");
        Assert.Equal(appointment.GetProperty("firstReturnArrival").GetString(), home.GetProperty("arrival").GetString());
        Assert.Equal(home.GetProperty("departure").GetString(), legs[0].GetProperty("start").GetString());
        Assert.Equal(home.GetProperty("arrival").GetString(), legs[^1].GetProperty("end").GetString());
        // Without legs the journey is not built.
        var bare = (await Result(query)).GetProperty("appointment");
        Assert.Equal(JsonValueKind.Null, bare.GetProperty("firstJourneyHome").ValueKind);
    }

    [Fact]
    public async Task TheJourneyHomeCombinesBusesWithOnDemandLegs()
    {
        // Uppingham and Melton Mowbray share no zone (nothing reaches the 09:30–10:30 appointment by on-demand rides alone),
        // yet the way home gains from them: on-demand legs to and from the buses bring the first arrival home forward from
        // 13:21:34 to 13:02:22 and the last departure back from 16:52 to 17:30.
        const string pair = "from=uppingham&to=melton&arriveBy=2025-09-02T10:30&appointmentMinutes=60";
        Assert.False((await Result(pair + "&modes=ondemand")).GetProperty("reachable").GetBoolean());
        var withOnDemand = (await Result(pair)).GetProperty("appointment");
        Assert.Equal("2025-09-02T13:02:22", withOnDemand.GetProperty("firstReturnArrival").GetString());
        Assert.Equal("2025-09-02T17:30:00", withOnDemand.GetProperty("lastReturnDeparture").GetString());
        var busOnly = (await Result(pair + "&modes=bus,rail")).GetProperty("appointment");
        Assert.Equal("2025-09-02T13:21:34", busOnly.GetProperty("firstReturnArrival").GetString());
        Assert.Equal("2025-09-02T16:52:00", busOnly.GetProperty("lastReturnDeparture").GetString());
    }
}
