using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Places;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Planning;
using Xunit.Abstractions;
using Rutland.Access.Routing;

namespace Rutland.Access.Tests.Transit.Planning;

/// <summary>
/// A walker's speed and furthest walk as query parameters (issue 12, item 3) on the real data: walks scale with speed
/// without a network of their own, and a less mobile walker is never better off.
/// </summary>
public class WalkSpeedTests(ITestOutputHelper output)
{
    private static readonly LatLon OakhamBusStation = new(52.669731, -0.731958);

    [Fact]
    public void WalksToStopsTakeTwiceAsLongAtHalfTheSpeed()
    {
        var walking = RealData.Engine.Transit.Walking;
        var normal = walking.FromOrigin(OakhamBusStation, 800, WalkingRules.SpeedKmh, []).Stops;
        var slow = walking.FromOrigin(OakhamBusStation, 800, WalkingRules.SpeedKmh / 2, []).Stops;
        Assert.NotEmpty(normal);
        // The same stops within the same distance; each walk twice as long, give or take the rounding up to whole seconds.
        Assert.Equal(normal.Select(l => l.Stop), slow.Select(l => l.Stop));
        Assert.All(normal.Zip(slow), p =>
        {
            Assert.Equal(p.First.Meters, p.Second.Meters);
            Assert.InRange(p.Second.Seconds, 2 * p.First.Seconds - 2, 2 * p.First.Seconds);
        });
    }

    [Fact]
    public void TheLessMobileWalkerIsNeverBetterOffByPublicTransport()
    {
        var engine = RealData.Engine;
        var villages = engine.Places.Where(p => p.Type is PlaceType.Village or PlaceType.Town).ToArray();
        var query = new PtQuery { Date = engine.Transit.DefaultDate!.Value };
        var normal = engine.PtTimes(villages, engine.Destinations, query);
        var lessMobile = engine.PtTimes(villages, engine.Destinations, query.For(WalkingProfile.LessMobile));
        int reachable = normal.Count(t => t.Reachable), stillReachable = lessMobile.Count(t => t.Reachable), slower = 0;
        foreach (var (n, l) in normal.Zip(lessMobile))
        {
            Assert.Equal((n.From, n.To), (l.From, l.To));
            Assert.True(!l.Reachable || n.Reachable, $"{n.From}->{n.To} reachable only for the less mobile walker");
            Assert.True(l.ReachableShare <= n.ReachableShare, $"{n.From}->{n.To}: share {l.ReachableShare} > {n.ReachableShare}");
            if (l.Minutes is { } lm && n.Minutes is { } nm)
            {
                Assert.True(lm >= nm, $"{n.From}->{n.To}: {lm} min less mobile < {nm} min");
                if (lm > nm) slower++;
            }
        }
        output.WriteLine($"{normal.Count} pairs: {reachable} reachable by the default walker, {stillReachable} by the less mobile one; {slower} slower");
        Assert.True(stillReachable < reachable, "a 250 m limit at 2.88 km/h changes nothing in rural Rutland");
    }

    [Fact]
    public void APtIsochroneWithNoServiceAtHalfSpeedIsTheWalkOfHalfTheTime()
    {
        // 22:00-23:00: no bus or train leaves Oakham, so the pt isochrone is the walk (see PtIsochroneTests).
        var engine = RealData.Engine;
        var query = new PtQuery { Date = engine.Transit.DefaultDate!.Value, WindowStartSeconds = 22 * 3600, WindowEndSeconds = 23 * 3600 };
        var slow = engine.Isochrones.Compute(new IsochroneRequest([OakhamBusStation], ModeRegistry.Pt, [30], false)
            { Transit = new PtIsochroneOptions(query with { WalkSpeedKmh = WalkingRules.SpeedKmh / 2 }, 50) }).Isochrones[0];
        var walk = engine.Isochrones.Compute(new IsochroneRequest([OakhamBusStation], ModeRegistry.Walk, [15], false)).Isochrones[0];
        output.WriteLine($"pt 30 min at 2.4 km/h {slow.AreaKm2:F3} km², walk 15 min at 4.8 km/h {walk.AreaKm2:F3} km²");
        Assert.True(slow.Bng.IsValid);
        // Equal but for the contours' 60 s horizon, which is half as far in walking at half the speed.
        Assert.InRange(slow.AreaKm2 / walk.AreaKm2, 0.97, 1.03);
        Assert.True(slow.Bng.SymmetricDifference(walk.Bng).Area < 0.05 * walk.Bng.Area);
    }
}
