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

    /// <summary>Select finds what sorting puts at every index, on random samples full of ties and unreachable ones and
    /// on the orders that defeat naive pivots (sorted, reversed, all equal, organ pipe).</summary>
    [Fact]
    public void SelectAgreesWithSortingAtEveryIndex()
    {
        var random = new Random(20261130);
        var cases = new List<int[]>();
        for (int n = 1; n <= 300; n += random.Next(1, 25))
        {
            cases.Add([.. Enumerable.Range(0, n).Select(_ => random.Next(4) == 0 ? Unreachable : 60 * random.Next(1, 40))]);
            cases.Add([.. Enumerable.Range(0, n)]);
            cases.Add([.. Enumerable.Range(0, n).Reverse()]);
            cases.Add([.. Enumerable.Repeat(900, n)]);
            cases.Add([.. Enumerable.Range(0, n).Select(i => Math.Min(i, n - i))]);
        }
        foreach (var values in cases)
        {
            var sorted = values.Order().ToArray();
            for (int index = 0; index < values.Length; index++)
                Assert.Equal(sorted[index], Percentiles.Select(values.ToArray(), index));
        }
        var reused = cases[^5].ToArray();
        foreach (int index in new[] { reused.Length - 1, 0, reused.Length / 2 })
            Assert.Equal(cases[^5].Order().ElementAt(index), Percentiles.Select(reused, index));
    }

    [Fact]
    public void SelectRejectsAnIndexOutsideTheValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Select(new int[3], 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Select(new int[3], -1));
    }

    [Fact]
    public void OutOfRangePercentIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1], 101));
        Assert.Throws<ArgumentException>(() => Percentiles.NearestRank([], 50));
    }
}
