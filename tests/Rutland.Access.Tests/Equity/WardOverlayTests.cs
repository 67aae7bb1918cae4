using NetTopologySuite.Geometries;
using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Equity;

public class WardOverlayTests
{

    private static LsoaWardShares Overlay2011() =>
        WardOverlay.Compute(RutlandLayers.Value.Lsoa11Boundaries, RutlandLayers.Value.WardBoundaries, new AreaWeightedApportioner());

    private static AreaBoundary Box(string code, double minX, double minY, double maxX, double maxY) =>
        new(code, code, GeometryFactories.BritishNationalGrid.ToGeometry(new Envelope(minX, maxX, minY, maxY)));

    [Fact]
    public void AreaWeightingSharesByOverlapAndIgnoresAreaOutsideEveryWard()
    {
        // LSOA 0..10 × 0..10; ward A covers x 0..4, ward B x 4..8; x 8..10 lies outside both (a boundary mismatch).
        var shares = new AreaWeightedApportioner().Apportion(Box("L", 0, 0, 10, 10), [Box("A", 0, 0, 4, 10), Box("B", 4, 0, 8, 10), Box("C", 20, 0, 30, 10)]);
        Assert.Equal(2, shares.Count);
        Assert.Equal(0.5, shares["A"], 12);
        Assert.Equal(0.5, shares["B"], 12);
    }

    [Fact]
    public void AnLsoaOverlappingNoWardIsAnError()
    {
        Assert.Throws<InvalidOperationException>(() => new AreaWeightedApportioner().Apportion(Box("L", 0, 0, 1, 1), [Box("A", 5, 5, 6, 6)]));
    }

    [Fact]
    public void WardAggregationConservesTheCountyPopulation()
    {
        var shares = Overlay2011();
        var population = RutlandLayers.Value.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode, p => p.Total);
        var wardTotals = shares.WardCodes.ToDictionary(w => w,
            w => shares.SharesByLsoa.Sum(kv => kv.Value.GetValueOrDefault(w) * population[kv.Key]));
        Assert.Equal(15, wardTotals.Count);
        Assert.InRange(wardTotals.Values.Sum(), RutlandPopulation.Total - 1, RutlandPopulation.Total + 1);
        Assert.All(wardTotals.Values, t => Assert.True(t > 0));
    }

    [Fact]
    public void Overlay2011AgreesWithTheBestFitChainForEveryLsoa()
    {
        // Measured: every 2011 LSOA's majority ward is among its lookup wards (E01013801 splits between Barleythorpe
        // and Oakham North West by both; the overlay puts 69% in Barleythorpe).
        var lookup = BestFitCrossCheck.LookupWardsOf2011(RutlandLayers.Value.Lsoa11To21, RutlandLayers.Value.Lsoa21ToWard);
        Assert.Equal(["E05012632", "E05012642"], lookup["E01013801"]);
        Assert.Empty(BestFitCrossCheck.Disagreements(Overlay2011(), lookup));
    }

    [Fact]
    public void Overlay2021DisagreesWithTheLookupOnlyForE01035103()
    {
        // The super-generalised E01035103 overlaps Oakham North West (51%) slightly more than its best-fit ward
        // Barleythorpe (49%); area weighting assumes residents are spread evenly, which the best fit does not.
        var overlay = WardOverlay.Compute(RutlandLayers.Value.Lsoa21Boundaries, RutlandLayers.Value.WardBoundaries, new AreaWeightedApportioner());
        var disagreement = Assert.Single(BestFitCrossCheck.Disagreements(overlay, BestFitCrossCheck.LookupWardsOf2021(RutlandLayers.Value.Lsoa21ToWard)));
        Assert.Equal("E01035103", disagreement.LsoaCode);
        Assert.Equal("E05012642", disagreement.OverlayWardCode);
        Assert.Equal(["E05012632"], disagreement.LookupWardCodes);
        Assert.InRange(disagreement.OverlayShare, 0.5, 0.6);
    }

    [Fact]
    public void ADisagreementIsReportedWithTheOverlayShare()
    {
        var overlay = new LsoaWardShares(new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["E01000001"] = new Dictionary<string, double> { ["E05000001"] = 0.7, ["E05000002"] = 0.3 },
            ["E01000002"] = new Dictionary<string, double> { ["E05000002"] = 1 },
        });
        var lookup = new Dictionary<string, IReadOnlyList<string>> { ["E01000001"] = ["E05000002"], ["E01000002"] = ["E05000002"] };
        Assert.Equal([new BestFitDisagreement("E01000001", "E05000001", 0.7, lookup["E01000001"])],
            BestFitCrossCheck.Disagreements(overlay, lookup));
    }
}
