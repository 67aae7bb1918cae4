using Rutland.Access.Analysis;
using Rutland.Access.Roads;
using Rutland.Access.Scenarios;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>Scenario figures on the real Rutland data.</summary>
public class ScenarioPlannerTests
{
    private static readonly Lazy<ScenarioPlanner> LazyPlanner = new(() => new ScenarioPlanner(RealData.Engine));
    private static ScenarioPlanner Planner => LazyPlanner.Value;

    private static Scenario Site(string name, double lat, double lon) =>
        new(name, [new AddDestination($"{name}-site", name, lat, lon)]);

    /// <summary>
    /// A comparison's baseline is the equity report's county, resident for resident: the same origins (the population
    /// surface's cells), the same LSOA weighting, the same flags. With LSOA centroids it read 9,270 residents within
    /// 15 minutes by PT where the report reads 7,017.
    /// </summary>
    [Fact]
    public void TheBaselineIsTheEquityReportsCounty()
    {
        var baseline = Planner.Compare([new Scenario("nothing", [])]).Baseline;
        var report = EquityAnalysis.Compute(RealData.Engine, Planner.PtQuery!, new Rutland.Access.Equity.EquityThresholds()).Report;
        foreach (var (mode, summary) in new[] { (baseline.Drive, report.County.DriveToNearest), (baseline.Pt!, report.County.PtToNearest) })
        {
            Assert.Equal(summary.Within.Select(w => (w.Minutes, (long)Math.Round(w.Residents))), mode.Within.Select(w => (w.Minutes, w.All)));
            Assert.Equal((long)Math.Round(summary.ResidentsWithoutTime), mode.ResidentsWithoutTime);
            Assert.Equal(summary.MeanMinutes!.Value, mode.MeanMinutes!.Value, 9);
            Assert.Equal(summary.MedianMinutes!.Value, mode.MedianMinutes!.Value, 9);
        }
        Assert.Equal(report.Flags.Select(f => (f.LsoaCode, f.Code)).Order(), baseline.Flags!.Select(f => (f.LsoaCode, f.Code)).Order());
        Assert.Equal(report.Lsoas.Select(l => l.AreaCode).Order(StringComparer.Ordinal), baseline.Lsoas.Select(l => l.Lsoa));
    }

    [Fact]
    public void AddingASiteAtAnExistingHospitalChangesNothing()
    {
        var rmh = RealData.Engine.FindDestination("rmh")!;
        var comparison = Planner.Compare([Site("second-rmh", rmh.Location.Lat, rmh.Location.Lon)]);
        var outcome = comparison.Scenarios[0];

        Assert.Empty(outcome.VersusBaseline.ChangedLsoas);
        Assert.Equal(0, outcome.VersusBaseline.Drive.MeanMinutes);
        Assert.Equal(0, outcome.VersusBaseline.Drive.MedianMinutes);
        Assert.All(outcome.VersusBaseline.Drive.Within, c => Assert.Equal(new CutoffPopulation(c.Minutes, 0, 0, 0, 0, 0, 0), c));
        Assert.Equal(comparison.Baseline.Drive.Within, outcome.Figures.Drive.Within);

        // The columns share one search per location; a fresh search from the same point must agree with the cached one.
        using var fresh = new DriveTimesToDestination(RealData.Engine.Car, RealData.Engine.CarOffNetwork, rmh.Location);
        var cached = RealData.Engine.DriveSearch(rmh);
        Assert.All(Planner.Origins.Where(o => o.CarSnap is not null),
            o => Assert.Equal(cached.From(o.CarSnap!.Value)?.Minutes, fresh.From(o.CarSnap!.Value)?.Minutes));
    }

    [Fact]
    public void ASiteInAVillageGivesTheVillageNearZeroMinutes()
    {
        var engine = RealData.Engine;
        var village = engine.FindPlace("ketton")!;
        var view = Planner.Apply(Site("ketton-clinic", village.Location.Lat, village.Location.Lon));
        var site = view.FindDestination("ketton-clinic-site")!;

        // The site is at the village point: only the snap connectors remain, well under a minute.
        var drive = DriveMatrix.Compute(engine.Car, engine.CarOffNetwork, [(village, engine.CarSnap(village))], [site]).Single();
        Assert.True(drive.Reachable);
        Assert.InRange(drive.Minutes!.Value, 0, 1);
        var baseline = engine.DriveTimes([village], engine.Destinations).Min(r => r.Minutes!.Value);
        Assert.True(baseline > 10, $"Ketton was already {baseline:F1} min from a hospital");

        // The village's LSOA now has the clinic as its nearest destination, and is faster by several minutes.
        var columns = Planner.NewDriveColumns();
        var before = Planner.Measure("baseline", Planner.BaseView, ScenarioCutoffs.Default, columns).Lsoas.Single(l => l.Lsoa == village.Lsoa);
        var after = Planner.Measure("ketton-clinic", view, ScenarioCutoffs.Default, columns).Lsoas.Single(l => l.Lsoa == village.Lsoa);
        Assert.Equal("ketton-clinic-site", after.NearestByDrive);
        Assert.True(after.DriveMinutes < before.DriveMinutes - 5, $"{village.Lsoa}: {before.DriveMinutes:F1} → {after.DriveMinutes:F1} min");
    }

    [Fact]
    public void ComparingAWithBIsMinusComparingBWithA()
    {
        var a = Site("uppingham", 52.5887243, -0.7234249);
        var b = new Scenario("no-rmh", [new RemoveDestination("rmh")]);
        var comparison = Planner.Compare([a, b]);
        var figuresA = comparison.Scenarios[0].Figures;
        var figuresB = comparison.Scenarios[1].Figures;

        var ab = ScenarioDifference.Between(figuresA, figuresB);
        var ba = ScenarioDifference.Between(figuresB, figuresA);
        Assert.NotEmpty(ab.ChangedLsoas);
        Assert.Equal(ab.Drive.MeanMinutes, -ba.Drive.MeanMinutes);
        Assert.Equal(ab.Drive.MedianMinutes, -ba.Drive.MedianMinutes);
        Assert.Equal(ab.Drive.ResidentsWithoutTime, -ba.Drive.ResidentsWithoutTime);
        Assert.Equal(ab.Drive.Within.Select(c => (c.All, c.Aged65Plus, c.MostDeprived)),
                     ba.Drive.Within.Select(c => (-c.All, -c.Aged65Plus, -c.MostDeprived)));
        Assert.Equal(ab.ChangedLsoas.Select(l => (l.Lsoa, l.DriveMinutesChange, l.PtMinutesChange)),
                     ba.ChangedLsoas.Select(l => (l.Lsoa, -l.DriveMinutesChange, -l.PtMinutesChange)));
        Assert.Equal(ab.Pt!.MeanMinutes, -ba.Pt!.MeanMinutes);
        Assert.Equal(ab.Pt.Within.Select(c => c.All), ba.Pt.Within.Select(c => -c.All));
        // Closing RMH raises flags the Uppingham clinic does not: what A gains over B, B loses against A.
        Assert.NotEmpty(ab.FlagsLost);
        Assert.Equal(ab.FlagsGained.Select(f => (f.LsoaCode, f.Code)), ba.FlagsLost.Select(f => (f.LsoaCode, f.Code)));
        Assert.Equal(ab.FlagsLost.Select(f => (f.LsoaCode, f.Code)), ba.FlagsGained.Select(f => (f.LsoaCode, f.Code)));
    }

    [Fact]
    public void ClosingTheOnlyRutlandHospitalMakesDrivesLongerNeverShorter()
    {
        var outcome = Planner.Compare([new Scenario("no-rmh", [new RemoveDestination("rmh")])]).Scenarios[0];
        Assert.NotEmpty(outcome.VersusBaseline.ChangedLsoas);
        Assert.All(outcome.VersusBaseline.ChangedLsoas, l => Assert.True(l.DriveMinutesChange > 0, $"{l.Lsoa} got faster"));
        Assert.True(outcome.VersusBaseline.Drive.MeanMinutes > 0);
    }

    [Fact]
    public void AnswersRepeatExactly()
    {
        var scenario = Site("uppingham", 52.5887243, -0.7234249);
        var first = Planner.Compare([scenario]).Scenarios[0];
        var second = Planner.Compare([scenario]).Scenarios[0];
        Assert.Equal(first.VersusBaseline.Drive.MeanMinutes, second.VersusBaseline.Drive.MeanMinutes);
        Assert.Equal(first.Figures.Lsoas, second.Figures.Lsoas);
    }

    [Fact]
    public void ApplyingAScenarioLeavesTheBaseViewAlone()
    {
        var view = Planner.Apply(new Scenario("swap", [new RemoveDestination("rmh"), new AddDestination("oakham-new", "New Oakham", 52.67, -0.73)]));
        Assert.Equal(["melton", "stamford", "peterborough", "oakham-new"], view.Destinations.Select(d => d.Id));
        Assert.Equal(["rmh", "melton", "stamford", "peterborough"], Planner.BaseView.Destinations.Select(d => d.Id));
        Assert.Equal(RealData.Engine.Destinations, Planner.BaseView.Destinations);
    }
}
