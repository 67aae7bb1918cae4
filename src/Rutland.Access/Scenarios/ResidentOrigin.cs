using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Roads;

namespace Rutland.Access.Scenarios;

/// <summary>
/// One origin of scenario figures: a populated cell of the population surface (its residents, snapped to the car network
/// once), the LSOA it belongs to, and whether that LSOA is in the county's most deprived local IMD 2019 quintile.
/// </summary>
public sealed record ResidentOrigin(string Id, string LsoaCode, LatLon Location, SnapResult? CarSnap, double Residents, double Aged65Plus,
    int ImdLocalQuintile)
{
    public bool MostDeprived => ImdLocalQuintile == LocalQuintiles.Worst;
}
