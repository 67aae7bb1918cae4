using Rutland.Access.Isochrones;
using Rutland.Access.Places;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Isochrones;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Routing;

/// <summary>Cycling on the real network sits between driving and walking, in times and in isochrone areas.</summary>
public class CyclingTests
{
    private static readonly TravelMode Cycle = ModeRegistry.Get("cycle");

    [Fact]
    public void CycleTimesLieBetweenDriveAndWalkBeyondTwoKilometres()
    {
        var engine = RealData.Engine;
        var villages = engine.Places.Where(p => p.Type != PlaceType.Lsoa).ToArray();
        var drive = engine.RoadTimes(ModeRegistry.Drive, villages, engine.Destinations);
        var cycle = engine.RoadTimes(Cycle, villages, engine.Destinations);
        var walk = engine.RoadTimes(ModeRegistry.Walk, villages, engine.Destinations);
        int compared = 0;
        for (int i = 0; i < cycle.Count; i++)
        {
            Assert.Equal((drive[i].From, drive[i].To), (cycle[i].From, cycle[i].To));
            Assert.True(cycle[i].Reachable, $"{cycle[i].From} → {cycle[i].To}: no cycle route");
            if (walk[i].DistanceKm is not > 2) continue;
            Assert.True(drive[i].Minutes < cycle[i].Minutes, $"{cycle[i].From} → {cycle[i].To}: drive {drive[i].Minutes} ≥ cycle {cycle[i].Minutes}");
            Assert.True(cycle[i].Minutes < walk[i].Minutes, $"{cycle[i].From} → {cycle[i].To}: cycle {cycle[i].Minutes} ≥ walk {walk[i].Minutes}");
            compared++;
        }
        Assert.True(compared > villages.Length * 3, $"only {compared} pairs over 2 km");
    }

    [Fact]
    public void CycleAnswersNameTheirModeAndEstimateBeyondTheExtractAtCyclingSpeed()
    {
        var engine = RealData.Engine;
        var oakham = engine.FindPlace("oakham")!;
        var peterborough = engine.FindDestination("peterborough")!;
        var answer = engine.RoadTimes(Cycle, [oakham], [peterborough]).Single();
        Assert.Same(Cycle, answer.Mode);
        Assert.True(answer.Estimated);
        Assert.True(answer.OffNetworkKm > 0);
        // The estimated leg is ridden at the exit way's cycling speed, at most the default 15 km/h.
        Assert.True(answer.Minutes >= answer.DistanceKm / BicycleSpeed * 60 - 0.01);
    }

    private const double BicycleSpeed = Rutland.Access.Roads.BicycleProfile.DefaultSpeedKmh;

    [Fact]
    public void IsochroneAreasGrowFromWalkToCycleToDrive()
    {
        double Area(TravelMode mode) => RealData.Engine.Isochrones
            .Compute(new IsochroneRequest([DriveIsochroneTests.Oakham], mode, [20], false)).Isochrones.Single().AreaKm2;
        double walk = Area(ModeRegistry.Walk), cycle = Area(Cycle), drive = Area(ModeRegistry.Drive);
        Assert.True(walk < cycle && cycle < drive, $"walk {walk:F1} km², cycle {cycle:F1} km², drive {drive:F1} km²");
    }
}
