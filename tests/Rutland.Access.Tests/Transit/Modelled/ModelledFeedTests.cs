using Rutland.Access.Transit;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Modelled;
using Rutland.Access.Transit.Timetable;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Transit.Modelled;

/// <summary>The committed modelled feed (geodata/transit/rutland-modelled) against its reader, NaPTAN, the facts and our roads.</summary>
public class ModelledFeedTests
{
    private static readonly string FeedPath = Path.Combine(TestData.Authored, ModelledFeedGenerator.FeedFolder);
    private static readonly Lazy<TimetableFeed> LazyFeed = new(() => GtfsReader.Read(FeedPath, "rutland-modelled"));
    private static TimetableFeed Feed => LazyFeed.Value;

    /// <summary>A Wednesday, a Sunday and a bank holiday (Christmas Day, a Thursday) inside the feed period.</summary>
    private static readonly DateOnly Wednesday = new(2025, 9, 3), Sunday = new(2025, 9, 7), ChristmasDay = new(2025, 12, 25);

    private const string RutlandMemorialHospitalStop = "268060113", OakhamBusStation = "268060093";

    [Fact]
    public void LoadsThroughTheGtfsReaderCleanlyAndIsFlaggedModelled()
    {
        Assert.Empty(Feed.Report.Counts);
        Assert.True(Feed.Info.Modelled);
        Assert.Equal("Rutland Access (modelled)", Feed.Info.Publisher);
        Assert.StartsWith("built ", Feed.Info.ModelledDescription);
        Assert.Contains("not a real timetable", Feed.Info.ModelledDescription);
        Assert.Equal(new DateOnly(2025, 9, 1), Feed.Info.StartDate);
        Assert.Equal(new DateOnly(2026, 8, 31), Feed.Info.EndDate);
    }

    [Fact]
    public void EveryStopIsANaptanStopAtItsNaptanPosition()
    {
        var naptan = NaptanStopIndex.Load(TestData.Inputs);
        Assert.All(Feed.Stops, stop =>
        {
            Assert.True(naptan.TryGetValue(stop.Id, out var known), $"{stop.Id} is not an ATCO code in the NaPTAN files");
            // Coordinates are written with six decimals (about 0.1 m).
            Assert.Equal(known!.Location.Lat, stop.Lat, 1e-6);
            Assert.Equal(known.Location.Lon, stop.Lon, 1e-6);
        });
    }

    [Fact]
    public void PeterboroughStopsArePlacedFromTheirGridReference()
    {
        // Queensgate Bay 1A: NaPTAN gives only E 518930, N 298922; the bus station is in Peterborough city centre.
        var queensgate = Feed.Stops.Single(s => s.Id == "0590PQG01A");
        Assert.InRange(queensgate.Lat, 52.570, 52.580);
        Assert.InRange(queensgate.Lon, -0.252, -0.240);
    }

    /// <summary>Journeys per weekday in each direction, as cited in modelled-routes.json.</summary>
    [Theory]
    [InlineData("R1", "260001737", "268060093", 7)]   // R1 Melton–Oakham, 7 Mon–Fri from 30 Aug 2022
    [InlineData("R1", "268060093", "260001737", 7)]
    [InlineData("R1", "268060093", "268060184", 8)]   // R1 Oakham–Corby, 8 Mon–Fri (modelled to Caldecott)
    [InlineData("R1", "268060184", "268060093", 8)]
    [InlineData("R5", "268060073", "2700LSBS2722", 6)] // every 2 h until 17:30
    [InlineData("R5", "2700LSBS2722", "268060073", 6)]
    [InlineData("747", "260019201", "268060073", 9)]  // 9 a weekday each way, Apr 2019 counts
    [InlineData("747", "268060073", "260019201", 9)]
    [InlineData("201", "2700LSBS2722", "0590PQG01A", 10)] // about 10 weekday journeys each way
    [InlineData("201", "0590PQG01A", "2700LSBS2722", 10)]
    [InlineData("XC-BHM-STN", "9100MLTNSDG", "9100PBRO", 15)] // ~15 each way from the two-way Apr 2019 counts
    [InlineData("XC-BHM-STN", "9100PBRO", "9100MLTNSDG", 15)]
    public void WeekdayJourneysMatchTheFacts(string route, string firstStop, string lastStop, int journeys)
    {
        int running = TripsOn(Wednesday).Count(t => t.RouteId == route && t.StopTimes[0].StopId == firstStop && t.StopTimes[^1].StopId == lastStop);
        Assert.Equal(journeys, running);
    }

    [Fact]
    public void NoBusRunsOnSundaysAndNothingRunsOnBankHolidays()
    {
        // No route's facts give a Sunday bus (R2, the one route with weekend facts, ran 4 on Saturdays and none on
        // Sundays, and is replaced by RZ1); the only Sunday trips are the two real Sunday trains of the CIF extract.
        var sunday = TripsOn(Sunday).ToArray();
        Assert.Equal(2, sunday.Length);
        Assert.All(sunday, t => Assert.Equal(TransitMode.Rail, Feed.Routes.Single(r => r.Id == t.RouteId).Mode));
        Assert.Empty(TripsOn(ChristmasDay));
        Assert.NotEmpty(TripsOn(ChristmasDay.AddDays(-1)));
    }

    [Fact]
    public void RutlandMemorialHospitalAndOakhamBusStationAreServedOnWeekdays()
    {
        var weekday = TripsOn(Wednesday).ToArray();
        Assert.Contains(weekday, t => t.StopTimes.Any(st => st.StopId == RutlandMemorialHospitalStop));
        Assert.Contains(weekday, t => t.StopTimes.Any(st => st.StopId == OakhamBusStation));
    }

    [Fact]
    public void BusRunTimesArePositiveAndNeverFasterThanOurCarTimes()
    {
        var car = new CarLegTimes(RealData.Engine.Car, RealData.Engine.CarOffNetwork);
        var naptan = NaptanStopIndex.Load(TestData.Inputs);
        var busRoutes = Feed.Routes.Where(r => r.Mode == TransitMode.Bus).Select(r => r.Id).ToHashSet();
        var legs = Feed.Trips.Where(t => busRoutes.Contains(t.RouteId))
            .SelectMany(t => t.StopTimes.Zip(t.StopTimes.Skip(1), (a, b) => (From: a.StopId, To: b.StopId, Seconds: b.ArrivalSeconds - a.DepartureSeconds)))
            .ToArray();
        Assert.NotEmpty(legs);
        foreach (var leg in legs.DistinctBy(l => (l.From, l.To, l.Seconds)))
        {
            Assert.True(leg.Seconds > 0, $"{leg.From}→{leg.To} takes {leg.Seconds} s");
            double carSeconds = car.Seconds(naptan[leg.From], naptan[leg.To]);
            Assert.True(leg.Seconds >= carSeconds, $"{leg.From}→{leg.To}: bus {leg.Seconds} s, car {carSeconds:F0} s");
        }
    }

    [Fact]
    public void RailKeepsTheCifRunTimes()
    {
        // service-facts: Melton → Oakham 11 min, Oakham → Stamford 13–14, Stamford → Peterborough 13 (departure to arrival).
        var eastbound = Feed.Trips.First(t => t.RouteId == "XC-BHM-STN" && t.StopTimes[0].StopId == "9100MLTNSDG");
        int[] minutes = eastbound.StopTimes.Zip(eastbound.StopTimes.Skip(1), (a, b) => (b.ArrivalSeconds - a.DepartureSeconds) / 60).ToArray();
        Assert.Equal([11, 13, 13], minutes);
    }

    [Fact]
    public void TheGeneratorReproducesTheCommittedFeedByteForByte()
    {
        string temp = Directory.CreateTempSubdirectory("rutland-modelled-").FullName;
        try
        {
            ModelledFeedGenerator.Write(RealData.Engine, TestData.Inputs, TestData.Authored, temp);
            var committed = Directory.GetFiles(FeedPath).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            var generated = Directory.GetFiles(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(committed, generated);
            foreach (string name in generated!)
                Assert.True(File.ReadAllBytes(Path.Combine(FeedPath, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp, name!))),
                    $"{name} differs from the committed file: rerun tools/Rutland.Access.FeedBuilder");
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static IEnumerable<Trip> TripsOn(DateOnly date) => Feed.Trips.Where(t => Feed.Calendar.IsActive(t.ServiceId, date));
}
