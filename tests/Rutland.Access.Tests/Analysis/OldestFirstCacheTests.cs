using Rutland.Access.Analysis;

namespace Rutland.Access.Tests.Analysis;

public sealed class OldestFirstCacheTests
{
    [Fact]
    public void EachKeyIsComputedOnce()
    {
        var cache = new OldestFirstCache<int, string>(4);
        int computed = 0;
        Assert.Equal("a", cache.GetOrAdd(1, () => { computed++; return "a"; }));
        Assert.Equal("a", cache.GetOrAdd(1, () => { computed++; return "b"; }));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void AFailedComputationIsForgotten()
    {
        var cache = new OldestFirstCache<int, string>(4);
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd(1, () => throw new InvalidOperationException()));
        Assert.Equal("again", cache.GetOrAdd(1, () => "again"));
    }

    [Fact]
    public void TheOldestLeavesFirstAndTheNewestStays()
    {
        var cache = new OldestFirstCache<int, int>(2);
        cache.GetOrAdd(1, () => 1);
        cache.GetOrAdd(2, () => 2);
        cache.GetOrAdd(3, () => 3);
        Assert.Equal(30, cache.GetOrAdd(1, () => 30)); // 1 was dropped, so it is computed anew
        Assert.Equal(3, cache.GetOrAdd(3, () => 300)); // 3, asked just before, stayed
    }

    [Fact]
    public void AValueFoundFailedLaterCanBeForgotten()
    {
        var cache = new OldestFirstCache<int, string>(2);
        cache.GetOrAdd(1, () => "failed");
        cache.Forget(1, "something else");
        Assert.Equal("failed", cache.GetOrAdd(1, () => "new"));
        cache.Forget(1, "failed");
        Assert.Equal("new", cache.GetOrAdd(1, () => "new"));
    }
}
