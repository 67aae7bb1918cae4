using Rutland.Access.Geo;
using Rutland.Access.Places;

namespace Rutland.Access.Population;

/// <summary>
/// A population estimate for each settlement: the residents of every surface cell whose residential centre is nearest
/// to it (straight line in BNG) in units of the settlement's typical reach, so a town's node claims its whole built-up
/// area and a hamlet's node only its own few houses (plain nearest-node splits Oakham with Barleythorpe and Ketton
/// with its hamlets Geeston and Aldgate). Farms and cottages between villages go to the nearest one, so the estimates
/// add up to the county's residents.
/// </summary>
public static class SettlementPopulation
{
    public const string Method = "estimate: residents of the population-surface cells nearest to this settlement, distances " +
                                 "scaled by a town's, village's or hamlet's typical reach";

    /// <summary>
    /// Typical distance from a settlement's OSM node to the edge of its built-up area in Rutland: Oakham and Uppingham
    /// extend 1.5–2 km from their centres, villages 300–700 m, hamlets a few houses within 200 m.
    /// </summary>
    public static double ReachMeters(PlaceType type) => type switch
    {
        PlaceType.Town => 1500,
        PlaceType.Village => 500,
        PlaceType.Hamlet => 200,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "only towns, villages and hamlets have a reach"),
    };

    /// <summary>Residents by settlement id (every settlement appears, possibly with 0).</summary>
    public static IReadOnlyDictionary<string, double> Estimate(IReadOnlyList<Place> settlements, PopulationSurface surface)
    {
        if (settlements.Count == 0) throw new ArgumentException("no settlements to attribute residents to", nameof(settlements));
        var at = settlements.Select(s => BritishNationalGrid.ToBng(s.Location)).ToArray();
        var reach2 = settlements.Select(s => ReachMeters(s.Type) * ReachMeters(s.Type)).ToArray();
        var residents = new double[settlements.Count];
        foreach (var cell in surface.Cells)
        {
            int nearest = 0;
            double best = double.PositiveInfinity;
            for (int s = 0; s < at.Length; s++)
            {
                double de = at[s].Easting - cell.Easting, dn = at[s].Northing - cell.Northing, d2 = (de * de + dn * dn) / reach2[s];
                if (d2 < best) (best, nearest) = (d2, s);
            }
            residents[nearest] += cell.Total;
        }
        return settlements.Select((s, i) => (s.Id, residents[i])).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
    }
}
