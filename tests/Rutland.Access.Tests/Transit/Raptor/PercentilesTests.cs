using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

public class PercentilesTests
{
    private const int Unreachable = RaptorResult.Unreachable;

    [Theory]
    [InlineData(25, 100)]
    [InlineData(50, 200)]
    [InlineData(75, 300)]
    [InlineData(100, 400)]
    [InlineData(1, 100)]
    public void NearestRankOfUnsortedValues(double percent, int expected) =>
        Assert.Equal(expected, Percentiles.NearestRank([300, 100, 400, 200], percent));

    [Fact]
    public void RankIsNotThrownOffByFloatingPoint() =>
        Assert.Equal(7, Percentiles.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 70));

    [Fact]
    public void UnreachableCountsAsInfinite()
    {
        int[] values = [Unreachable, 100, Unreachable];
        Assert.Equal(100, Percentiles.NearestRank(values, 25));
        Assert.Equal(Unreachable, Percentiles.NearestRank(values, 50));
    }

    [Fact]
    public void OutOfRangePercentIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1], 101));
        Assert.Throws<ArgumentException>(() => Percentiles.NearestRank([], 50));
    }
}
