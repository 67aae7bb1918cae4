using Rutland.Access.Scenarios;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>
/// Transit modifications on the hand-made "rules" feed (route R1: scheduled T1 at 07:02 and T0, frequency trips F0
/// every 20 min 06:00–09:00 and F1; route R9: the night bus N1), checked at the timetable level.
/// </summary>
public class TransitModificationTests
{
    private static readonly TimetableFeed Feed = GtfsReader.Read(TestData.Fixture("gtfs", "rules"));
    private static ScenarioView Base => ScenarioView.Of([], Feed);

    private static AddTransitRoute Shuttle(int headway = 30) => new("hospital-shuttle", "Uppingham – Oakham hospital shuttle",
        [new RouteStop(Naptan: "UPP"), new RouteStop(Lat: 52.63, Lon: -0.72, Name: "Preston"), new RouteStop(Naptan: "HOS")],
        headway, new TimeOnly(7, 0), new TimeOnly(9, 0), [12, 9.5]);

    [Fact]
    public void AddTransitRouteRunsEveryHeadwayFromFirstToLastDeparture()
    {
        var feed = Shuttle().Apply(Base).Timetable!;
        var trips = feed.Trips.Where(t => t.RouteId == "hospital-shuttle").ToArray();
        Assert.Equal([7 * 3600, 7 * 3600 + 1800, 8 * 3600, 8 * 3600 + 1800, 9 * 3600], trips.Select(t => t.StopTimes[0].DepartureSeconds));
        Assert.Equal([0, 720, 1290], trips[0].StopTimes.Select(s => s.ArrivalSeconds - 7 * 3600));
        Assert.Equal(["UPP", "hospital-shuttle/stop-2", "HOS"], trips[0].StopTimes.Select(s => s.StopId));
        Assert.Contains(feed.Stops, s => s.Id == "hospital-shuttle/stop-2" && s.Name == "Preston");
        // Runs on every date the base timetable covers.
        Assert.True(feed.Calendar.IsActive(trips[0].ServiceId, new DateOnly(2024, 6, 1)));
    }

    [Fact]
    public void TransitModificationsNeverChangeTheBaseFeed()
    {
        int trips = Feed.Trips.Length, stops = Feed.Stops.Length, routes = Feed.Routes.Length, frequencies = Feed.Frequencies.Length;
        new Scenario("all", [Shuttle(), new AdjustRouteService("R1", HeadwayMinutes: 10), new RemoveRoute("R9")]).Apply(Base);
        Assert.Equal((trips, stops, routes, frequencies), (Feed.Trips.Length, Feed.Stops.Length, Feed.Routes.Length, Feed.Frequencies.Length));
    }

    [Fact]
    public void RemoveRouteTakesItsTripsAndFrequenciesAndKeepsTheStops()
    {
        var feed = new RemoveRoute("R1").Apply(Base).Timetable!;
        Assert.DoesNotContain(feed.Routes, r => r.Id == "R1");
        Assert.All(feed.Trips, t => Assert.Equal("R9", t.RouteId));
        Assert.Empty(feed.Frequencies);
        Assert.Equal(Feed.Stops, feed.Stops);
    }

    [Fact]
    public void AdjustRouteServiceSetsTheHeadwayOfFrequencyEntriesAndClipsThemToTheHours()
    {
        var feed = new AdjustRouteService("R1", HeadwayMinutes: 10, LastDeparture: new TimeOnly(8, 0)).Apply(Base).Timetable!;
        var f0 = feed.Frequencies.Single(f => f.TripId == "F0");
        Assert.Equal((6 * 3600, 8 * 3600 + 1, 600), (f0.StartSeconds, f0.EndSeconds, f0.HeadwaySeconds));
        // F1 runs only after 16:00: nothing of it is left before 08:00.
        Assert.DoesNotContain(feed.Frequencies, f => f.TripId == "F1");
    }

    [Fact]
    public void AdjustRouteServiceRebuildsScheduledTripsAtTheNewHeadwayWithTheirRunningTimes()
    {
        var feed = new AdjustRouteService("R9", HeadwayMinutes: 60, FirstDeparture: new TimeOnly(21, 50)).Apply(Base).Timetable!;
        var n1 = Feed.Trips.Single(t => t.Id == "N1");
        var rebuilt = feed.Trips.Where(t => t.RouteId == "R9").OrderBy(t => t.StopTimes[0].DepartureSeconds).ToArray();
        Assert.Equal([21 * 3600 + 3000, 22 * 3600 + 3000, 23 * 3600 + 3000], rebuilt.Select(t => t.StopTimes[0].DepartureSeconds));
        int Run(Trip t) => t.StopTimes[^1].ArrivalSeconds - t.StopTimes[0].DepartureSeconds;
        Assert.All(rebuilt, t => Assert.Equal(Run(n1), Run(t)));
        Assert.Equal(n1.ServiceId, rebuilt[0].ServiceId);
    }

    [Fact]
    public void ProblemsNameTheirKind()
    {
        Assert.Equal(ScenarioProblemKind.UnknownId, Assert.Throws<ScenarioException>(() => new RemoveRoute("R404").Apply(Base)).Kind);
        Assert.Equal(ScenarioProblemKind.UnknownId, Assert.Throws<ScenarioException>(() =>
            (Shuttle() with { Stops = [new RouteStop(Naptan: "268099999"), new RouteStop(Naptan: "HOS")], RunMinutes = [5] }).Apply(Base)).Kind);
        Assert.Equal(ScenarioProblemKind.Invalid, Assert.Throws<ScenarioException>(() => Shuttle(headway: 0).Apply(Base)).Kind);
        Assert.Equal(ScenarioProblemKind.Invalid, Assert.Throws<ScenarioException>(() => (Shuttle() with { RunMinutes = [12] }).Apply(Base)).Kind);
        Assert.Equal(ScenarioProblemKind.Invalid, Assert.Throws<ScenarioException>(() => new AdjustRouteService("R1").Apply(Base)).Kind);
        Assert.Equal(ScenarioProblemKind.Unanswerable, Assert.Throws<ScenarioException>(() =>
            (Shuttle() with { Stops = [new RouteStop(Lat: 51.5, Lon: -0.1), new RouteStop(Naptan: "HOS")], RunMinutes = [5] }).Apply(Base)).Kind);
    }
}
