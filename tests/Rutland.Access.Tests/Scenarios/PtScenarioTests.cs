using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Scenarios;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>Transit modifications measured end to end on the real timetables (modelled Rutland buses and the rail extract).</summary>
public class PtScenarioTests
{
    // Fixed routes only: with on-demand zones covering the county, removing one fixed route rarely changes a median.
    private static readonly Lazy<ScenarioPlanner> LazyPlanner = new(() => new ScenarioPlanner(RealData.Engine, PtModes.Bus | PtModes.Rail));
    private static ScenarioPlanner Planner => LazyPlanner.Value;

    [Fact]
    public void RemovingARouteNeverImprovesPublicTransport()
    {
        var routes = Planner.BaseView.Timetable!.Routes.Select(r => r.Id).ToArray();
        var outcomes = Planner.Compare(routes.Take(ScenarioPlanner.MaxScenarios).Select(id => new Scenario($"without {id}", [new RemoveRoute(id)])).ToArray())
            .Scenarios.Concat(routes.Skip(ScenarioPlanner.MaxScenarios).Select(id =>
                Planner.Compare([new Scenario($"without {id}", [new RemoveRoute(id)])]).Scenarios[0])).ToArray();

        foreach (var o in outcomes)
        {
            foreach (var l in o.VersusBaseline.ChangedLsoas)
                Assert.True(l.PtMinutesFirst is null || l.PtMinutesFirst >= l.PtMinutesSecond, $"{o.Figures.Name}: {l.Lsoa} {l.PtMinutesSecond} → {l.PtMinutesFirst} min");
            Assert.All(o.VersusBaseline.Pt!.Within, c => Assert.True(c.All <= 0 && c.Aged65Plus <= 0 && c.MostDeprived <= 0, $"{o.Figures.Name}: {c}"));
            Assert.True(o.VersusBaseline.Pt.ResidentsWithoutTime >= 0);
            Assert.Equal(0, o.VersusBaseline.Drive.MeanMinutes);
        }
        // Not vacuous: some route matters to someone.
        Assert.Contains(outcomes, o => o.VersusBaseline.ChangedLsoas.Any(l => l.PtMinutesChange is null or > 0));
    }

    [Fact]
    public void AShuttleFromAnUnservedAreaToTheHospitalGivesItAPublicTransportTime()
    {
        var baseline = Planner.Compare([new Scenario("nothing", [])]).Baseline;
        var unserved = baseline.Lsoas.Where(l => l.PtMinutes is null && l.DriveMinutes is not null).OrderBy(l => l.Lsoa, StringComparer.Ordinal).First();
        // The shuttle starts where most of the area's residents live: its most populous cell.
        var centroid = Planner.Origins.Where(o => o.LsoaCode == unserved.Lsoa).MaxBy(o => o.Residents)!.Location;

        var shuttle = new AddTransitRoute("shuttle", "Hospital shuttle",
            [new RouteStop(Lat: centroid.Lat, Lon: centroid.Lon, Name: unserved.Name), new RouteStop(Naptan: "268060113")],
            30, new TimeOnly(7, 0), new TimeOnly(10, 0), [unserved.DriveMinutes!.Value * 1.5]);
        var outcome = Planner.Compare([new Scenario("shuttle", [shuttle])]).Scenarios[0];

        // The area's median resident now has a time (most residents are weighed in, not only those by the stop), and
        // residents without any PT time county-wide are fewer.
        var after = outcome.Figures.Lsoas.Single(l => l.Lsoa == unserved.Lsoa);
        Assert.NotNull(after.PtMinutes);
        Assert.InRange(after.PtMinutes!.Value, unserved.DriveMinutes!.Value * 1.5, ScenarioPlanner.Thresholds.NoTimeMinutes);
        Assert.True(outcome.VersusBaseline.Pt!.ResidentsWithoutTime < 0, $"{outcome.VersusBaseline.Pt.ResidentsWithoutTime} residents without a PT time");
        Assert.All(outcome.VersusBaseline.ChangedLsoas, l => Assert.True(l.PtMinutesSecond is null || l.PtMinutesFirst <= l.PtMinutesSecond));
        // The base timetable is untouched: measuring it again gives the same figures.
        Assert.Equal(baseline.Lsoas, Planner.Compare([new Scenario("nothing", [])]).Baseline.Lsoas);
    }
}
