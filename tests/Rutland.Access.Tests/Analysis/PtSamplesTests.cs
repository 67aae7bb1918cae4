using Rutland.Access.Analysis;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Analysis;

/// <summary>
/// Samples whose Monte Carlo draws are all alike are kept one draw at a time; every percentile and the reachable
/// share must be what the nearest rank over all the samples, sorted, gives, with and without a direct walk.
/// </summary>
public class PtSamplesTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PercentilesEqualTheNearestRankOverEverySample(int seed)
    {
        var random = new Random(seed);
        int minutes = random.Next(1, 200), draws = random.Next(1, 25);
        var draw = Enumerable.Range(0, minutes).Select(_ => random.Next(4) == 0 ? RaptorResult.Unreachable : random.Next(60, 7200)).ToArray();
        var alike = Enumerable.Repeat(draw, draws).SelectMany(d => d).ToArray();
        var differing = alike.ToArray();
        if (draws > 1) differing[minutes + random.Next(minutes)] = random.Next(60, 7200);
        int? walk = random.Next(2) == 0 ? null : random.Next(600, 7200);

        foreach (var samples in new[] { alike, differing })
        {
            var withWalk = samples.Select(s => walk is { } w ? Math.Min(s, w) : s).ToArray();
            var pt = new PtSamples(samples, walk, minutes);
            var sorted = withWalk.Order().ToArray();
            // In a shuffled order and twice over: each rank is selected between those already settled, or read again.
            int[] percents = [1, 5, 25, 50, 73, 75, 95, 100];
            random.Shuffle(percents);
            foreach (int percent in percents.Concat(percents.Reverse()))
            {
                int expected = sorted[Percentiles.NearestRankIndex(sorted.Length, percent)];
                Assert.Equal(expected == RaptorResult.Unreachable ? null : expected / 60.0, pt.PercentileMinutes(percent));
            }
            Assert.Equal((double)withWalk.Count(s => s != RaptorResult.Unreachable) / withWalk.Length, pt.ReachableShare);
        }
    }
}
