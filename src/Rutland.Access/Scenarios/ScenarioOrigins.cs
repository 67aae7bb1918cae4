using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Places;

namespace Rutland.Access.Scenarios;

/// <summary>The LSOA origins every scenario figure is weighted over, in LSOA code order.</summary>
public static class ScenarioOrigins
{
    public static IReadOnlyList<LsoaOrigin> From(AccessEngine engine)
    {
        var population = engine.Equity.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode, StringComparer.Ordinal);
        var lsoas = engine.Places.Where(p => p.Type == PlaceType.Lsoa).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        // Local quintiles as in the equity report: most deprived = lowest national IMD rank among the county's LSOAs.
        var imdRank = engine.Equity.Imd2019ByLsoa11.ToDictionary(d => d.LsoaCode, d => d.Imd.Rank, StringComparer.Ordinal);
        var quintile = LocalQuintiles.Assign(lsoas.ToDictionary(p => p.Id, p => -(double)imdRank[p.Id]));
        return lsoas.Select(p => new LsoaOrigin(p, engine.CarSnap(p), population[p.Id], quintile[p.Id])).ToArray();
    }
}
