using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Geo;
using Rutland.Access.Osm;
using Rutland.Access.Places;
using Rutland.Access.Population;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Population;

/// <summary>The dasymetric population surface on the real data.</summary>
public class PopulationSurfaceTests
{
    private static PopulationSurface Surface => RealData.Engine.Population;

    [Fact]
    public void CountyAndEveryLsoaKeepTheirResidentsExactly()
    {
        Assert.Equal(40_476, Surface.Cells.Sum(c => c.Total), 6);
        Assert.Equal(40_476, Surface.Points.Sum(p => p.Total), 6);
        var cells = Surface.Cells.ToLookup(c => c.LsoaCode);
        foreach (var lsoa in RealData.Engine.Equity.PopulationMid2020ByLsoa11)
        {
            Assert.Equal(lsoa.Total, cells[lsoa.LsoaCode].Sum(c => c.Total), 6);
            Assert.Equal(lsoa.Aged65Plus, cells[lsoa.LsoaCode].Sum(c => c.Aged65Plus), 6);
            Assert.Equal(lsoa.Aged75Plus, cells[lsoa.LsoaCode].Sum(c => c.Aged75Plus), 6);
        }
        // Every cell's points hold exactly its residents.
        var byCell = Surface.Points.GroupBy(p => p.Cell).ToDictionary(g => g.Key, g => g.Sum(p => p.Total));
        for (int c = 0; c < Surface.Cells.Count; c++) Assert.Equal(Surface.Cells[c].Total, byCell[c], 6);
        Assert.Empty(Surface.AreaWeightedLsoas); // every Rutland LSOA has mapped homes or streets
    }

    [Fact]
    public void CellsAreAtMost200MetresAndSplitByLsoa()
    {
        Assert.Equal(200, ResidentialWeights.CellMeters);
        Assert.All(Surface.Cells, c => Assert.InRange(c.Total, 1e-9, 40_476));
        Assert.Equal(Surface.Cells.Count, Surface.Cells.Select(c => c.Id).Distinct().Count());
        // A cell holds a part per LSOA it straddles: some cell ids differ only in their LSOA.
        var cellsOnBoundaries = Surface.Cells.GroupBy(c => c.Id[(c.LsoaCode.Length + 1)..]).Count(g => g.Count() > 1);
        Assert.True(cellsOnBoundaries > 0);
    }

    [Fact]
    public void NobodyLivesInRutlandWater()
    {
        var (e, n) = BritishNationalGrid.ToBng(new LatLon(52.653, -0.625));
        double Distance(double pe, double pn) => Math.Sqrt((pe - e) * (pe - e) + (pn - n) * (pn - n));
        // Nobody within 300 m of the middle of the reservoir's main basin, and not one resident within 700 m (a
        // building on the north shore, 324 m away, holds a fraction of one).
        Assert.DoesNotContain(Surface.Points, p => Distance(p.Easting, p.Northing) < 300);
        Assert.DoesNotContain(Surface.Cells, c => Distance(c.Easting, c.Northing) < 300);
        Assert.InRange(Surface.Points.Where(p => Distance(p.Easting, p.Northing) < 700).Sum(p => p.Total), 0, 1);
    }

    [Fact]
    public void VillagesGetPlausiblePopulationsAndOakhamIsTheLargest()
    {
        var settlements = RealData.Engine.Places.Where(p => p.Type != PlaceType.Lsoa).ToArray();
        Assert.All(settlements, s => Assert.NotNull(s.Population));
        var largest = settlements.MaxBy(s => s.Population)!;
        Assert.Equal("oakham", largest.Id);
        Assert.InRange(largest.Population!.Value, 10_000, 12_500);
        // Uppingham (census 2011: 4,745) second; the estimates add up to the county (up to rounding each place).
        Assert.Equal("uppingham", settlements.OrderByDescending(s => s.Population).ElementAt(1).Id);
        Assert.InRange(settlements.Single(s => s.Id == "uppingham").Population!.Value, 4_000, 6_000);
        Assert.InRange(settlements.Sum(s => s.Population!.Value), 40_476 - settlements.Length, 40_476 + settlements.Length);
        Assert.All(settlements.Where(s => s.Type == PlaceType.Village), v => Assert.InRange(v.Population!.Value, 0, 2_500));
    }

    [Fact]
    public void ReadingOnItsOwnFindsWhatTheSharedPassFinds()
    {
        var reader = new ResidentialLandReader();
        OsmExtractRead.Read(Path.Combine(DataDirectory.ResolveInputs(null), StudyExtract.RelativePath), reader);
        var alone = PopulationSurfaceBuilder.Build(RealData.Engine.Equity.Lsoa11Boundaries, RealData.Engine.Equity.PopulationMid2020ByLsoa11,
            reader.Result(), RealData.Engine.Car.Graph, "mid-2020");
        Assert.Equal(Surface.Cells.Select(c => (c.Id, c.Total)), alone.Cells.Select(c => (c.Id, c.Total)));
    }
}
