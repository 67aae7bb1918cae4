using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>
/// Public-transport answers on the MODELLED Rutland feed (geodata/transit/rutland-modelled, weekdays and the two real
/// Sunday trains from 2025-09-01). Every figure asserted here is read off that feed's stop_times.txt; if the feed is
/// rebuilt with other times these tests say which answer moved.
/// </summary>
[Collection(ApiCollection.Name)]
public class ModelledFeedPtApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Tuesday = "2025-09-02", Sunday = "2025-09-07";
    // NaPTAN rail stations as in stops.txt: Oakham 9100OAKHAM, Stamford 9100STAMFD.
    private const string OakhamStation = "52.672215,-0.734171", StamfordStation = "52.647832,-0.480115";
    // Five villages a modelled weekday bus calls at (R1, R5, 747); no bus runs on Sundays and no train calls near them.
    private const string BusVillages = "barleythorpe,langham,belton-in-rutland,caldecott,ketton";

    private async Task<JsonElement> Get(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    private static JsonElement[] Results(JsonElement root) => root.GetProperty("results").EnumerateArray().ToArray();

    private static double Minutes(JsonElement leg) =>
        (DateTime.Parse(leg.GetProperty("end").GetString()!) - DateTime.Parse(leg.GetProperty("start").GetString()!)).TotalMinutes;

    [Theory]
    // Eastbound 1L52 pattern: Oakham 08:46 → Stamford 08:59 (13 min). The quickest bus is the R9, Oakham bus station →
    // Stamford bus station 31 min on board (R1 then R5 via Uppingham: 20 + 36).
    [InlineData(OakhamStation, StamfordStation, "Oakham", "Stamford", "08:40")]
    // Westbound 1N59 pattern: Stamford 08:07 → Oakham 08:20 (13 min); the buses back take as long as the buses out.
    [InlineData(StamfordStation, OakhamStation, "Stamford", "Oakham", "08:00")]
    public async Task OakhamAndStamfordAreJoinedByTrainWhichBeatsTheBusRoutesRunTime(string from, string to, string fromName, string toName, string departure)
    {
        const double trainMinutes = 13, busOnBoardMinutes = 31;
        var root = await Get($"/api/v1/journey?mode=pt&from={from}&to={to}&departure={Tuesday}T{departure}");
        Assert.True(root.GetProperty("reachable").GetBoolean());
        var legs = root.GetProperty("legs").EnumerateArray().ToArray();
        Assert.DoesNotContain(legs, l => l.GetProperty("mode").GetString() == "bus");
        var train = Assert.Single(legs, l => l.GetProperty("mode").GetString() == "rail");
        Assert.Contains(fromName, train.GetProperty("fromStopName").GetString());
        Assert.Contains(toName, train.GetProperty("toStopName").GetString());
        Assert.Equal(trainMinutes, Minutes(train));
        // Door to door from a departure shortly before the train (walk and wait included), still under the buses' time on board.
        Assert.True(root.GetProperty("minutes").GetDouble() < busOnBoardMinutes, $"{root.GetProperty("minutes")} min by train");
    }

    [Fact]
    public async Task VillagesWithoutSundayServiceAreUnreachableAllSundayButNotOnTuesday()
    {
        foreach (string start in new[] { "T06:00", "T12:00", "T18:00" })
        {
            var sunday = Results(await Get($"/api/v1/travel-times?mode=pt&from={BusVillages}&departure={Sunday}{start}&window=360"));
            Assert.Equal(5 * 4, sunday.Length);
            Assert.All(sunday, r => Assert.False(r.GetProperty("reachable").GetBoolean(),
                $"{r.GetProperty("from")} → {r.GetProperty("to")} on Sunday from {start}"));
        }
        // The same villages do reach a hospital on a weekday morning, so the Sunday answer is the calendar's doing.
        var tuesday = Results(await Get($"/api/v1/travel-times?mode=pt&from={BusVillages}&departure={Tuesday}T07:00"));
        foreach (string village in BusVillages.Split(','))
            Assert.Contains(tuesday, r => r.GetProperty("from").GetString() == village && r.GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task RutlandMemorialHospitalIsReachableFromOakhamOnTheDefaultTuesdayMorning()
    {
        var root = await Get("/api/v1/travel-times?mode=pt&from=oakham&to=rmh");
        Assert.Equal(Tuesday, root.GetProperty("window").GetProperty("serviceDate").GetString());
        Assert.Equal($"{Tuesday}T07:00:00", root.GetProperty("window").GetProperty("start").GetString());
        var r = Assert.Single(Results(root));
        Assert.True(r.GetProperty("reachable").GetBoolean());
        Assert.Equal(1.0, r.GetProperty("reachableShare").GetDouble());
        // The town's centroid is ~620 m from the hospital: on foot (about 9.3 min) beats waiting for any bus.
        Assert.True(r.GetProperty("walkOnly").GetBoolean());
        Assert.InRange(r.GetProperty("minutes").GetDouble(), 8, 11);

        // With walks capped at 400 m the town centre (~620 m from the hospital) cannot walk there: it takes the R1 from
        // Oakham bus station (~240 m) to the Memorial Hospital stop, outbound to Melton at 08:00 or 09:40.
        var byBus = Assert.Single(Results(await Get("/api/v1/travel-times?mode=pt&from=oakham&to=rmh&maxWalkMeters=400&legs=true")));
        Assert.True(byBus.GetProperty("reachable").GetBoolean());
        Assert.False(byBus.GetProperty("walkOnly").GetBoolean());
        var bus = Assert.Single(byBus.GetProperty("journey").GetProperty("legs").EnumerateArray(), l => l.GetProperty("mode").GetString() == "bus");
        Assert.Equal("R1", bus.GetProperty("route").GetString());
        Assert.Contains("Memorial Hospital", bus.GetProperty("toStopName").GetString());
    }

    [Fact]
    public async Task DepartureTimeChangesTheAnswer()
    {
        // Uppingham → RMH needs the R1 (last bus to Oakham 18:30); at 07:00 there is a morning of buses, from 21:00 none.
        const string url = "/api/v1/travel-times?mode=pt&from=uppingham&to=rmh&departure=";
        var morning = Assert.Single(Results(await Get(url + Tuesday + "T07:00")));
        var evening = Assert.Single(Results(await Get(url + Tuesday + "T21:00")));
        // Every morning minute reaches it (median about 71 min with the waits); no evening minute does.
        Assert.Equal(1.0, morning.GetProperty("reachableShare").GetDouble());
        Assert.Equal(0.0, evening.GetProperty("reachableShare").GetDouble());
        Assert.False(evening.GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task ArriveByTenAtTheHospitalLeavesInTimeAndAfterAnHourThereIsABusHome()
    {
        // Langham is on the R1 to Oakham: the bus leaving Melton 08:40 calls at Langham's three stops 08:56–08:58 and at
        // the RMH stop 09:07 (answer: leave about 08:50, arrive about 09:08 after the short walk); the next bus (10:20
        // from Melton) would be late.
        // After a 60-minute appointment (11:00) the R1 back towards Melton leaves Oakham at 11:20 (home about 11:34);
        // the last one leaves Oakham at 18:00 and passes the hospital minutes later, so 18:00 is the last departure.
        // Fixed routes only (modes=bus,rail): an on-demand ride booked later would also arrive by 10:00.
        var root = await Get($"/api/v1/travel-times?mode=pt&from=langham&to=rmh&arriveBy={Tuesday}T10:00&appointmentMinutes=60&modes=bus,rail");
        var appointment = Assert.Single(Results(root)).GetProperty("appointment");
        DateTime At(string name) => DateTime.Parse(appointment.GetProperty(name).GetString()!);
        DateTime Today(string time) => DateTime.Parse($"{Tuesday}T{time}");
        Assert.InRange(At("latestDeparture"), Today("08:45"), Today("08:56"));
        Assert.InRange(At("arrival"), Today("09:05"), Today("09:10"));
        Assert.Equal(60, appointment.GetProperty("appointmentMinutes").GetInt32());
        Assert.True(appointment.GetProperty("returnReachable").GetBoolean());
        Assert.InRange(At("firstReturnArrival"), Today("11:20"), Today("11:40"));
        Assert.Equal(Today("18:00"), At("lastReturnDeparture"));
    }

    [Fact]
    public async Task EveryAnswerSaysTheTimetableIsModelled()
    {
        var json = await Get($"/api/v1/travel-times?mode=pt&from=oakham&departure={Tuesday}T07:00");
        Assert.True(json.GetProperty("timetableModelled").GetBoolean());
        Assert.Contains("MODELLED", json.GetProperty("method").GetString());
        Assert.Contains(json.GetProperty("provenance").EnumerateArray(), p => p.GetProperty("modelled").GetBoolean());

        var journey = await Get($"/api/v1/journey?mode=pt&from=oakham&to=rmh&departure={Tuesday}T07:00");
        Assert.True(journey.GetProperty("timetableModelled").GetBoolean());
        Assert.Contains("MODELLED", journey.GetProperty("method").GetString());

        var csv = await _client.GetAsync($"/api/v1/travel-times?mode=pt&from=oakham&departure={Tuesday}T07:00&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("MODELLED", Uri.UnescapeDataString(csv.Headers.GetValues("X-Data-Provenance").Single()));

        var geojson = await Get($"/api/v1/travel-times?mode=pt&from=oakham&departure={Tuesday}T07:00&format=geojson");
        Assert.Contains("MODELLED", geojson.GetProperty("method").GetString());
    }
}
