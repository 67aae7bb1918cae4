using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;
using Rutland.Access.Routing;

namespace Rutland.Access.Tests.Isochrones;

/// <summary>
/// An isochrone is a function of its own cutoff only (issue 12, item 7): the same cutoff asked for with different
/// companions gives the same polygon, and bands from different requests are nested and monotone. The cases are the
/// issue's, from lat=52.67&amp;lon=-0.73.
/// </summary>
public class CutoffIndependenceTests(ITestOutputHelper output)
{
    private static readonly LatLon IssueLocation = new(52.67, -0.73);
    private static readonly LatLon OakhamBusStation = new(52.669731, -0.731958);

    private static IReadOnlyList<Isochrone> Drive(params int[] cutoffs) =>
        RealData.Engine.Isochrones.Compute(new IsochroneRequest([IssueLocation], ModeRegistry.Drive, cutoffs, false)).Isochrones;

    private static Isochrone Cutoff(IReadOnlyList<Isochrone> set, int minutes) => set.Single(i => i.CutoffMinutes == minutes);

    private void AssertSame(Isochrone expected, Isochrone actual, string what)
    {
        output.WriteLine($"{what}: {expected.AreaKm2:F4} vs {actual.AreaKm2:F4} km²");
        Assert.Equal(expected.AreaKm2, actual.AreaKm2);
        Assert.Equal(expected.Population, actual.Population);
        Assert.True(expected.Bng.EqualsExact(actual.Bng), $"{what}: same area, different polygon");
    }

    [Fact]
    public void ThirtyMinutesAloneEqualsThirtyMinutesBesideFifteen()
    {
        var alone = Cutoff(Drive(30), 30);
        AssertSame(alone, Cutoff(Drive(15, 30), 30), "30 min alone vs with 15,30");
        AssertSame(alone, Cutoff(Drive(30, 60, 90), 30), "30 min alone vs with 30,60,90");
    }

    [Fact]
    public void SixtyMinutesIsNeverSmallerThanFortyFiveFromAnotherRequest()
    {
        var sixty = Cutoff(Drive(30, 60, 90), 60);
        var fortyFive = Cutoff(Drive(30, 45), 45);
        output.WriteLine($"60 min (with 30,60,90) {sixty.AreaKm2:F2} km², 45 min (with 30,45) {fortyFive.AreaKm2:F2} km²");
        Assert.True(sixty.AreaKm2 >= fortyFive.AreaKm2);
        Assert.True(fortyFive.Bng.Difference(sixty.Bng).Area < 1, "45 min pokes out of 60 min");
        AssertSame(fortyFive, Cutoff(Drive(45), 45), "45 min with 30,45 vs alone");
    }

    [Fact]
    public void BandsFromManyRequestsAreNestedAndMonotone()
    {
        int[][] requests = [[10], [15, 30], [20, 25, 45], [30, 60, 90], [5, 45, 120], [60]];
        var byCutoff = requests.SelectMany(Drive).GroupBy(i => i.CutoffMinutes).OrderBy(g => g.Key)
            .Select(g => g.ToArray()).ToArray();
        foreach (var same in byCutoff)
            foreach (var other in same.Skip(1)) AssertSame(same[0], other, $"{same[0].CutoffMinutes} min across requests");
        for (int k = 1; k < byCutoff.Length; k++)
        {
            Isochrone smaller = byCutoff[k - 1][0], larger = byCutoff[k][0];
            Assert.True(larger.Bng.IsValid, $"{larger.CutoffMinutes} min invalid");
            Assert.True(larger.AreaKm2 >= smaller.AreaKm2, $"{larger.CutoffMinutes} min smaller than {smaller.CutoffMinutes} min");
            Assert.True(larger.Population.Total >= smaller.Population.Total);
            Assert.True(smaller.Bng.Difference(larger.Bng).Area < 1, $"{smaller.CutoffMinutes} min pokes out of {larger.CutoffMinutes} min");
        }
    }

    [Fact]
    public void WalkAndPublicTransportCutoffsAreIndependentToo()
    {
        var engine = RealData.Engine.Isochrones;
        IReadOnlyList<Isochrone> Walk(params int[] cutoffs) =>
            engine.Compute(new IsochroneRequest([IssueLocation], ModeRegistry.Walk, cutoffs, false)).Isochrones;
        AssertSame(Cutoff(Walk(10), 10), Cutoff(Walk(5, 10, 20), 10), "walk 10 min alone vs with 5,10,20");

        // The 25th percentile over the morning, so that buses are drawn (see PtIsochroneTests).
        var options = new PtIsochroneOptions(new PtQuery { Date = RealData.Engine.Transit.DefaultDate!.Value }, Percentile: 25);
        IReadOnlyList<Isochrone> Pt(params int[] cutoffs) =>
            engine.Compute(new IsochroneRequest([OakhamBusStation], ModeRegistry.Pt, cutoffs, false) { Transit = options }).Isochrones;
        AssertSame(Cutoff(Pt(30), 30), Cutoff(Pt(15, 30, 45), 30), "pt 30 min alone vs with 15,30,45");
    }
}
