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
    [InlineData("RZ1", "260001737", "268060093", 2)]  // peak-time fixed journeys at the start and end of the day
    [InlineData("RZ1", "268060093", "260001737", 2)]
    [InlineData("R5", "268060073", "2700LSBS2722", 2)] // school and peak times only from Aug 2025
    [InlineData("R5", "2700LSBS2722", "268060073", 2)]
    [InlineData("747", "260019201", "268060073", 9)]  // 9 a weekday each way, Apr 2019 counts
    [InlineData("747", "268060073", "260019201", 9)]
    [InlineData("R9", "2700LSBS2722", "268060093", 7)] // Centrebus 9, 7 a weekday (Apr 2019 counts)
    [InlineData("R9", "268060093", "2700LSBS2722", 7)]
    [InlineData("201", "2700LSBS2722", "0590PQG01A", 10)] // about 10 weekday journeys each way
    [InlineData("201", "0590PQG01A", "2700LSBS2722", 10)]
    [InlineData("XC-BHM-STN", "9100MLTNSDG", "9100PBRO", 15)] // ~15 each way from the two-way Apr 2019 counts
    [InlineData("XC-BHM-STN", "9100PBRO", "9100MLTNSDG", 15)]
    public void WeekdayJourneysMatchTheFacts(string route, string firstStop, string lastStop, int journeys)
    {
        int running = TripsOn(Wednesday).Count(t => t.RouteId == route && t.StopTimes[0].StopId == firstStop && t.StopTimes[^1].StopId == lastStop);
        Assert.Equal(journeys, running);
    }

    /// <summary>Villages on each route's road path (OSM relation or quickest road through the named villages) that it calls at.</summary>
    [Theory]
    [InlineData("R5", "Glaston", "South Luffenham", "Ketton", "Tinwell")]            // Bland's 12 relation r3178228
    [InlineData("R1", "Langham", "Barleythorpe", "Egleton", "Preston", "Lyddington")] // RF1 relation r1178471
    [InlineData("RZ1", "Wymondham", "Teigh", "Market Overton", "Barrow", "Cottesmore", "Greetham", "Exton", "Burley")]
    [InlineData("747", "Belton-in-Rutland", "Wardley")]
    [InlineData("R9", "Empingham", "Whitwell")]
    public void BusesCallAtEveryVillageOnTheirPath(string route, params string[] villages)
    {
        var names = TripsOn(Wednesday).Where(t => t.RouteId == route).SelectMany(t => t.StopTimes)
            .Select(st => Feed.Stops.Single(s => s.Id == st.StopId).Name).ToHashSet();
        Assert.All(villages, village => Assert.Contains(names, n => n.StartsWith(village, StringComparison.Ordinal)));
    }

    /// <summary>Where NaPTAN has a stop on each side of the road, each direction calls at its own side (NaPTAN Bearing).</summary>
    [Theory]
    [InlineData("R1", "260001737", "268060257", "268060212")]   // Langham, Melton Road: eastbound towards Oakham, westbound back
    [InlineData("R9", "2700LSBS2722", "268060074", "268060118")] // Oakham, Sewage Works (92 m apart): W-facing towards Oakham
    [InlineData("RZ1", "260001737", "260001786", "260001732")]  // Melton Mowbray Hospital, Bowley Avenue: N-bound out of Melton
    public void EachDirectionCallsAtItsOwnSideOfTheRoad(string route, string outboundFirstStop, string outboundStop, string inboundStop)
    {
        var trips = TripsOn(Wednesday).Where(t => t.RouteId == route && (t.StopTimes[0].StopId == outboundFirstStop || t.StopTimes[^1].StopId == outboundFirstStop)).ToArray();
        Assert.NotEmpty(trips);
        foreach (var trip in trips)
        {
            bool outbound = trip.StopTimes[0].StopId == outboundFirstStop;
            var calls = trip.StopTimes.Select(st => st.StopId).ToArray();
            Assert.Contains(outbound ? outboundStop : inboundStop, calls);
            Assert.DoesNotContain(outbound ? inboundStop : outboundStop, calls);
        }
    }

    [Fact]
    public void PeterboroughCityHospitalIsAFrequencyLinkFromQueensgate()
    {
        var links = Feed.Trips.Where(t => t.RouteId == "PCH").ToArray();
        Assert.Equal(2, links.Length);
        Assert.Contains(links, t => t.StopTimes[0].StopId == "0590PQG01A" && t.StopTimes[^1].StopId == "0590PSB942");
        var frequencies = Feed.Frequencies.Where(f => links.Any(t => t.Id == f.TripId)).ToArray();
        Assert.All(frequencies, f => Assert.False(f.ExactTimes));
        // Peaks 07:30–09:00 and 16:30–18:00: about 15 buses an hour (47 in the two spells, May 2015) -> every 4 min.
        Assert.Equal(4, frequencies.Count(f => f.HeadwaySeconds == 240));
        Assert.Contains(frequencies, f => f.StartSeconds == 7 * 3600 + 1800 && f.EndSeconds == 9 * 3600 && f.HeadwaySeconds == 240);
        // 2.4 km from Queensgate by the facts: a few minutes by bus, not the detour through the extract's exits.
        int run = links[0].StopTimes[^1].ArrivalSeconds - links[0].StopTimes[0].DepartureSeconds;
        Assert.InRange(run, 5 * 60, 15 * 60);
    }

    [Fact]
    public void EveryRouteIsDescribedAsModelled()
    {
        Assert.All(Feed.Routes, r => Assert.StartsWith("Modelled", File.ReadAllLines(Path.Combine(FeedPath, "routes.txt"))
            .Single(line => line.StartsWith(r.Id + ",", StringComparison.Ordinal)).Split(',')[4].Trim('"')));
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
    public void BusTimesGrowAlongThePathAndAreNeverFasterThanOurCar()
    {
        var builder = ModelledFeedGenerator.Builder(RealData.Engine.Car, RealData.Engine.CarOffNetwork, TestData.Inputs, TestData.Authored);
        var definition = ModelledFeedDefinition.Load(Path.Combine(TestData.Authored, ModelledFeedGenerator.DefinitionFile));
        var finder = new BusPathFinder(RealData.Engine.Car, RealData.Engine.CarOffNetwork);
        var naptan = NaptanStopIndex.Load(TestData.Inputs);
        foreach (var route in definition.BusRoutes)
            foreach (var variant in route.Variants)
                foreach (bool inbound in (bool[])[false, true])
                {
                    var pattern = builder.BusPattern(route, variant, inbound);
                    Assert.True(pattern.Zip(pattern.Skip(1)).All(p => p.First.Minutes <= p.Second.Minutes), $"{route.Id} {variant.Id}: times go back");
                    Assert.True(pattern[^1].Minutes > 0);
                    // The whole trip by car along the same path, at our car speeds.
                    var via = (inbound ? variant.InboundVia ?? variant.Via.Reverse().ToList() : variant.Via).Select(a => naptan[a]).ToList();
                    double carSeconds = finder.Find(via, null).Points[^1].CarSeconds;
                    Assert.True(pattern[^1].Minutes * 60 >= carSeconds, $"{route.Id} {variant.Id}: bus {pattern[^1].Minutes} min, car {carSeconds:F0} s");
                }
    }

    [Fact]
    public void ABuilderAtAnotherFactorSharingTheRoadPathsBuildsTheSameFeedAsAFreshOne()
    {
        var central = ModelledFeedGenerator.Builder(RealData.Engine.Car, RealData.Engine.CarOffNetwork, TestData.Inputs, TestData.Authored);
        central.Build(); // finds every road path at the definition's own factor
        foreach (double factor in (double[])[1.2, 1.9])
        {
            var shared = central.WithBusSpeedFactor(factor).Build();
            var fresh = ModelledFeedGenerator.Build(RealData.Engine.Car, RealData.Engine.CarOffNetwork, TestData.Inputs, TestData.Authored, factor);
            Assert.Equal(fresh.Select(t => t.FileName), shared.Select(t => t.FileName));
            foreach (var (a, b) in fresh.Zip(shared))
            {
                Assert.Equal(a.Header, b.Header);
                Assert.Equal(a.Rows.Select(r => string.Join(',', r)), b.Rows.Select(r => string.Join(',', r)));
            }
        }
    }

    [Fact]
    public void TheBusSpeedFactorIsAParameterOfTheBuilder()
    {
        var definition = ModelledFeedDefinition.Load(Path.Combine(TestData.Authored, ModelledFeedGenerator.DefinitionFile));
        var r5 = definition.BusRoutes.Single(r => r.Id == "R5");
        int Minutes(double? factor) => ModelledFeedGenerator.Builder(RealData.Engine.Car, RealData.Engine.CarOffNetwork, TestData.Inputs, TestData.Authored, factor)
            .BusPattern(r5, r5.Variants[0], inbound: true)[^1].Minutes;
        int standard = Minutes(null), slow = Minutes(definition.BusTiming.SpeedFactor + 0.5);
        Assert.Equal(standard, Minutes(definition.BusTiming.SpeedFactor));
        // Stamford → Uppingham: published 45 min (issue 11); the path and stops of the Bland's 12 relation give 30–45 at × 1.4.
        Assert.InRange(standard, 30, 45);
        Assert.True(slow > standard + 5, $"× {definition.BusTiming.SpeedFactor + 0.5}: {slow} min, × {definition.BusTiming.SpeedFactor}: {standard} min");
        Assert.Throws<ArgumentOutOfRangeException>(() => definition.WithBusSpeedFactor(0.9));
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
            ModelledFeedGenerator.Write(RealData.Engine.Car, RealData.Engine.CarOffNetwork, TestData.Inputs, TestData.Authored, temp);
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
