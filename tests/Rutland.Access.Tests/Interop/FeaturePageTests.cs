using NetTopologySuite.Geometries;
using Rutland.Access.Interop;

namespace Rutland.Access.Tests.Interop;

public class FeaturePageTests
{
    [Fact]
    public void BboxSelectsAndPagesCountEveryMatch()
    {
        var layer = InteropFixtures.Areas();
        var all = FeaturePage.Select(layer, null, 0, 1);
        Assert.Equal(2, all.Matched);
        Assert.Equal("A", Assert.Single(all.Features).Id);
        Assert.True(all.HasNext);
        var second = FeaturePage.Select(layer, null, 1, 1);
        Assert.Equal("B", Assert.Single(second.Features).Id);
        Assert.False(second.HasNext);

        var aroundB = FeaturePage.Select(layer, new Envelope(-0.61, -0.59, 52.59, 52.61), 0, 10);
        Assert.Equal(1, aroundB.Matched);
        Assert.Equal("B", Assert.Single(aroundB.Features).Id);
        Assert.Equal(0, FeaturePage.Select(layer, new Envelope(1, 2, 50, 51), 0, 10).Matched);
    }
}
