using Rutland.Access.Analysis;
using Rutland.Access.Transit.Modelled;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Analysis;

/// <summary>The modelled assumptions' ranges and the networks built at each level, on the real data.</summary>
public class AssumptionLevelsTests
{
    private static AccessEngine Engine => RealData.Engine;
    private const string ModelledPrefix = "rutland-modelled:";

    [Fact]
    public void RangesAreOrderedSourcedAndTakenFromTheFeedAndTheNetwork()
    {
        var levels = Engine.Assumptions.Levels;
        var definition = ModelledFeedDefinition.Load(Path.Combine(TestData.Authored, ModelledFeedGenerator.DefinitionFile));
        var bus = levels.BusRunTimeFactor!;
        Assert.Equal((1.3, definition.BusTiming.SpeedFactor, 1.5), (bus.Low, bus.Central, bus.High));
        Assert.Equal(1.4, bus.Central);
        var detour = levels.OffNetworkDetourFactor;
        Assert.Equal((Engine.CarCircuity.P25Factor, Engine.CarCircuity.MedianFactor, Engine.CarCircuity.P75Factor), (detour.Low, detour.Central, detour.High));
        // README: median 1.33, interquartile 1.24–1.49 on this extract.
        Assert.Equal((1.24, 1.33, 1.49), (Math.Round(detour.Low, 2), Math.Round(detour.Central, 2), Math.Round(detour.High, 2)));
        Assert.All(levels.Assessed, a => Assert.True(a.Low < a.Central && a.Central < a.High, a.Name));
        Assert.All(levels.Assessed, a => Assert.False(string.IsNullOrWhiteSpace(a.Source)));
        // The modelled on-demand zones: the pick-up wait around FlexRules', the ride factor around the feed's own.
        Assert.Empty(levels.NotAssessed);
        var wait = levels.OnDemandPickupWaitMinutes!;
        Assert.Equal((5.0, Rutland.Access.Transit.Flex.FlexRules.PickupWaitSeconds / 60.0, 30.0), (wait.Low, wait.Central, wait.High));
        var ride = levels.OnDemandRideFactor!;
        Assert.Equal((1.2, definition.OnDemandZones!.RideTime.SafeDurationFactor, 2.0), (ride.Low, ride.Central, ride.High));
    }

    [Fact]
    public void OnDemandRidesAndPickupWaitFollowTheLevel()
    {
        var levels = Engine.Assumptions.Levels;
        foreach (var level in AssumptionLevels.All)
        {
            var transit = Engine.Assumptions.Transit(level);
            Assert.NotEmpty(transit.Feed.Flex.Trips);
            Assert.All(transit.Feed.Flex.Trips, t => Assert.Equal(levels.OnDemandRideFactor!.At(level), t.SafeDurationFactor));
            Assert.Equal((int)Math.Round(levels.OnDemandPickupWaitMinutes!.At(level) * 60), transit.PickupWaitSeconds);
        }
    }

    [Fact]
    public void RegeneratingAtTheCentralFactorReproducesTheLoadedTimetableExactly()
    {
        var feed = Engine.Transit.Feeds.Single(f => f.Modelled);
        var tables = ModelledFeedGenerator.Build(Engine.Car, Engine.CarOffNetwork, TestData.Inputs, TestData.Authored, Engine.Assumptions.Levels.BusRunTimeFactor!.Central);
        var regenerated = ModelledTimetableVariant.WithStopTimes(Engine.Transit.Feed, feed, tables);
        Assert.Equal(Engine.Transit.Feed.Trips.Length, regenerated.Trips.Length);
        Assert.All(Engine.Transit.Feed.Trips.Zip(regenerated.Trips), p => Assert.Equal(p.First.StopTimes.ToArray(), p.Second.StopTimes.ToArray()));
    }

    [Fact]
    public void LevelsSlowOrSpeedOnlyTheModelledBusesAndShareTheWalkingLinks()
    {
        var central = Engine.Transit;
        var low = Engine.Assumptions.Transit(AssumptionLevel.Low);
        var high = Engine.Assumptions.Transit(AssumptionLevel.High);
        Assert.Same(central, Engine.Assumptions.Transit(AssumptionLevel.Central));
        Assert.Same(high, Engine.Assumptions.Transit(AssumptionLevel.High));
        Assert.Same(central.Walking, high.Walking);
        var rail = central.Feed.Routes.Where(r => r.RouteType == ModelledFeedBuilder.RailRouteType || !r.Id.StartsWith(ModelledPrefix)).Select(r => r.Id).ToHashSet();
        int slower = 0, faster = 0;
        for (int t = 0; t < central.Feed.Trips.Length; t++)
        {
            var (c, l, h) = (central.Feed.Trips[t], low.Feed.Trips[t], high.Feed.Trips[t]);
            Assert.Equal(c.Id, h.Id);
            if (rail.Contains(c.RouteId))
            {
                // Rail (real CIF run times) and the real CIF extract itself are never rescaled.
                Assert.Equal(c.StopTimes.ToArray(), h.StopTimes.ToArray());
                Assert.Equal(c.StopTimes.ToArray(), l.StopTimes.ToArray());
                continue;
            }
            Assert.Equal(c.StopTimes[0].DepartureSeconds, h.StopTimes[0].DepartureSeconds);
            for (int s = 0; s < c.StopTimes.Length; s++)
            {
                Assert.InRange(c.StopTimes[s].ArrivalSeconds, l.StopTimes[s].ArrivalSeconds, h.StopTimes[s].ArrivalSeconds);
                Assert.Equal(c.StopTimes[s].StopId, h.StopTimes[s].StopId);
            }
            slower += h.StopTimes[^1].ArrivalSeconds > c.StopTimes[^1].ArrivalSeconds ? 1 : 0;
            faster += l.StopTimes[^1].ArrivalSeconds < c.StopTimes[^1].ArrivalSeconds ? 1 : 0;
        }
        Assert.True(slower > 0 && faster > 0, $"{slower} bus trips slower at the high level, {faster} faster at the low");
    }

    [Fact]
    public void TheDetourFactorChangesOnlyDrivesToHospitalsBeyondTheExtract()
    {
        var lsoas = Engine.Places.Where(p => p.Type == Places.PlaceType.Lsoa).ToArray();
        var byLevel = AssumptionLevels.All.ToDictionary(l => l, l => Engine.DriveTimes(lsoas, Engine.Destinations, l).ToDictionary(r => (r.From, r.To)));
        foreach (var ((from, to), central) in byLevel[AssumptionLevel.Central])
        {
            double low = byLevel[AssumptionLevel.Low][(from, to)].Minutes!.Value, high = byLevel[AssumptionLevel.High][(from, to)].Minutes!.Value;
            if (Engine.IsOnCarNetwork(Engine.FindDestination(to)!)) Assert.Equal((central.Minutes, central.Minutes), (low, high));
            else Assert.True(low < central.Minutes && central.Minutes < high, $"{from} → {to}: {low:F1} / {central.Minutes:F1} / {high:F1}");
        }
    }

    [Fact]
    public void RealTimetablesAreNeverRescaled()
    {
        var engine = AccessEngineLoader.Load(new EngineOptions(TransitFeeds: [TestData.Input(TransitFeedLoader.RailCifFile)]));
        var levels = engine.Assumptions.Levels;
        Assert.Null(levels.BusRunTimeFactor);
        Assert.Contains(levels.NotAssessed, n => n.Name == AssumptionLevels.BusRunTimeFactorName && n.Reason.Contains("never rescaled"));
        Assert.Same(engine.Transit, engine.Assumptions.Transit(AssumptionLevel.High));
        Assert.Equal([AssumptionLevels.OffNetworkDetourFactorName], levels.Assessed.Select(a => a.Name));
    }
}
