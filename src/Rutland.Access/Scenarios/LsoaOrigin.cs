using Rutland.Access.Equity;
using Rutland.Access.Places;
using Rutland.Access.Roads;

namespace Rutland.Access.Scenarios;

/// <summary>
/// One LSOA as a scenario origin: its population-weighted centroid (snapped to the car network once), its residents,
/// and whether it is in the county's most deprived local IMD 2019 quintile.
/// </summary>
public sealed record LsoaOrigin(Place Place, SnapResult? CarSnap, LsoaPopulation Population, int ImdLocalQuintile)
{
    public string Code => Place.Id;
    public bool MostDeprived => ImdLocalQuintile == LocalQuintiles.Worst;
}
