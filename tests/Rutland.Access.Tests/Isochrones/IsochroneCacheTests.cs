using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Tests.Support;
using Rutland.Access.Routing;

namespace Rutland.Access.Tests.Isochrones;

public class IsochroneCacheTests
{
    private static IsochroneSet Set(int minutes) => new(
        new IsochroneRequest([new LatLon(52.67, -0.73)], ModeRegistry.Drive, [minutes], false), [], "", [],
        new IsochroneTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero));

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void EvictsTheLeastRecentlyUsed()
    {
        var cache = new IsochroneCache(2);
        int computed = 0;
        IsochroneSet Get(string key, int minutes) => cache.GetOrAdd(key, () => { computed++; return Set(minutes); });
        Get("a", 1);
        Get("b", 2);
        Get("a", 99); // a is now the most recent, and not computed again
        Get("c", 3);
        Assert.Equal(3, computed);
        Assert.Equal(1, Get("a", 99).Request.Cutoffs[0]);
        Assert.Equal(4, Get("b", 4).Request.Cutoffs[0]); // b was evicted: computed afresh
        Assert.Equal(2, cache.Count);
    }

    /// <summary>A set whose one polygon has <paramref name="points"/> outline points (a closed ring of points - 1 corners).</summary>
    private static IsochroneSet SetOfPoints(int points)
    {
        var ring = Enumerable.Range(0, points - 1)
            .Select(k => new NetTopologySuite.Geometries.Coordinate(Math.Cos(2 * Math.PI * k / (points - 1)), Math.Sin(2 * Math.PI * k / (points - 1))))
            .ToList();
        ring.Add(ring[0]);
        var polygon = new NetTopologySuite.Geometries.GeometryFactory().CreatePolygon([.. ring]);
        return Set(1) with { Isochrones = [new Isochrone(1, polygon, polygon, 0, new PopulationCount(0, 0))] };
    }

    [Fact]
    public void HoldsAtMostItsPointBudgetDroppingTheLeastRecentlyUsed()
    {
        var cache = new IsochroneCache(10, maxPoints: 250);
        int computed = 0;
        IsochroneSet Get(string key, int points) => cache.GetOrAdd(key, () => { computed++; return SetOfPoints(points); });
        Get("a", 100);
        Get("b", 100);
        Assert.Equal((2, 200L), (cache.Count, cache.Points));
        Get("a", 100); // a is the most recent
        Get("c", 100); // 300 > 250: b, the least recently used, leaves
        Assert.Equal((2, 200L), (cache.Count, cache.Points));
        Get("a", 100);
        Assert.Equal(3, computed);
        Get("b", 100);
        Assert.Equal(4, computed);
        Get("huge", 300); // over the budget on its own: answered, then not kept, and everything older went first
        Assert.Equal((0, 0L), (cache.Count, cache.Points));
    }

    [Fact]
    public void StaysBoundedUnderConcurrentUse()
    {
        var cache = new IsochroneCache(16);
        Parallel.For(0, 2000, i =>
        {
            int k = (i * 7) % 40;
            Assert.Equal(k + 1, cache.GetOrAdd($"k{k}", () => Set(k + 1)).Request.Cutoffs[0]);
        });
        Assert.Equal(16, cache.Count);
    }

    [Fact]
    public void IdenticalRequestsArrivingTogetherComputeOnce()
    {
        var cache = new IsochroneCache(4);
        int computed = 0;
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        IsochroneSet Slow()
        {
            Interlocked.Increment(ref computed);
            started.Set();
            Assert.True(release.Wait(Patience));
            return Set(30);
        }
        var first = Task.Run(() => cache.GetOrAdd("same", Slow));
        Assert.True(started.Wait(Patience));
        // The first is still computing: the second must wait for it, not start its own.
        var second = Task.Run(() => cache.GetOrAdd("same", Slow));
        Thread.Sleep(100);
        release.Set();
        Assert.True(Task.WaitAll([first, second], Patience));
        Assert.Equal(1, computed);
        Assert.Same(first.Result, second.Result);
    }

    [Fact]
    public void AFailedComputationIsNotCached()
    {
        var cache = new IsochroneCache(4);
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("k", () => throw new InvalidOperationException("transient")));
        Assert.Equal(0, cache.Count);
        Assert.Equal(15, cache.GetOrAdd("k", () => Set(15)).Request.Cutoffs[0]);
    }

    [Fact]
    public void TheServiceComputesTwoSimultaneousIdenticalRequestsOnce()
    {
        // Cutoffs no other test asks for from Uppingham, so the cache starts cold for them.
        var request = new IsochroneRequest([new LatLon(52.5887, -0.7234)], ModeRegistry.Drive, [7, 13], false);
        var engine = RealData.Engine.Isochrones;
        using var barrier = new Barrier(2);
        // Two threads of their own, released together: both miss the cache at once.
        var answers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            Assert.True(barrier.SignalAndWait(Patience));
            return engine.Get(request);
        }, TaskCreationOptions.LongRunning)).ToArray();
        Assert.True(Task.WaitAll(answers, Patience));
        // Computed twice, the answers would be equal but two objects.
        Assert.Same(answers[0].Result, answers[1].Result);
    }

    [Fact]
    public void NearbyClicksShareOneKey()
    {
        var a = new IsochroneRequest([new LatLon(52.670012, -0.728449)], ModeRegistry.Drive, [30, 15], false).Normalised();
        var b = new IsochroneRequest([new LatLon(52.669988, -0.728402)], ModeRegistry.Drive, [15, 30], false).Normalised();
        var c = new IsochroneRequest([new LatLon(52.669988, -0.728402)], ModeRegistry.Drive, [15, 30], true).Normalised();
        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, c.Key);
    }
}
