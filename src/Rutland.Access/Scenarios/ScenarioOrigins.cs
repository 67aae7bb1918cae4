using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Places;

namespace Rutland.Access.Scenarios;

/// <summary>
/// The origins every scenario figure is weighted over: the equity report's, every populated cell of the population
/// surface in the surface's order, so a scenario's baseline is the report's county.
/// </summary>
public static class ScenarioOrigins
{
    /// <param name="quintiles">Each LSOA's local IMD quintile (<see cref="DeprivationQuintiles"/>).</param>
    public static IReadOnlyList<ResidentOrigin> From(AccessEngine engine, IReadOnlyDictionary<string, int> quintiles) =>
        engine.PopulationOrigins.Select(o => new ResidentOrigin(o.Cell.Id, o.Cell.LsoaCode, o.Cell.Location, o.CarSnap,
            o.Cell.Total, o.Cell.Aged65Plus, quintiles[o.Cell.LsoaCode])).ToArray();

    /// <summary>Local IMD 2019 quintiles of the county's LSOAs as in the equity report: most deprived = lowest national rank.</summary>
    public static IReadOnlyDictionary<string, int> DeprivationQuintiles(AccessEngine engine)
    {
        var rank = engine.Equity.Imd2019ByLsoa11.ToDictionary(d => d.LsoaCode, d => d.Imd.Rank, StringComparer.Ordinal);
        return LocalQuintiles.Assign(engine.Places.Where(p => p.Type == PlaceType.Lsoa)
            .ToDictionary(p => p.Id, p => -(double)rank[p.Id], StringComparer.Ordinal));
    }
}
