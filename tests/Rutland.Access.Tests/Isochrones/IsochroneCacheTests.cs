using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;

namespace Rutland.Access.Tests.Isochrones;

public class IsochroneCacheTests
{
    private static IsochroneSet Set(int minutes) => new(
        new IsochroneRequest([new LatLon(52.67, -0.73)], TravelMode.Drive, [minutes], false), [], "", [],
        new IsochroneTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero));

    [Fact]
    public void EvictsTheLeastRecentlyUsed()
    {
        var cache = new IsochroneCache(2);
        cache.Add("a", Set(1));
        cache.Add("b", Set(2));
        Assert.True(cache.TryGet("a", out _)); // a is now the most recent
        cache.Add("c", Set(3));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a) && a.Request.Cutoffs[0] == 1);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void StaysBoundedUnderConcurrentUse()
    {
        var cache = new IsochroneCache(16);
        Parallel.For(0, 2000, i =>
        {
            cache.Add($"k{i % 40}", Set(i % 40 + 1));
            if (cache.TryGet($"k{(i * 7) % 40}", out var hit)) Assert.Equal((i * 7) % 40 + 1, hit.Request.Cutoffs[0]);
        });
        Assert.Equal(16, cache.Count);
    }

    [Fact]
    public void NearbyClicksShareOneKey()
    {
        var a = new IsochroneRequest([new LatLon(52.670012, -0.728449)], TravelMode.Drive, [30, 15], false).Normalised();
        var b = new IsochroneRequest([new LatLon(52.669988, -0.728402)], TravelMode.Drive, [15, 30], false).Normalised();
        var c = new IsochroneRequest([new LatLon(52.669988, -0.728402)], TravelMode.Drive, [15, 30], true).Normalised();
        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, c.Key);
    }
}
