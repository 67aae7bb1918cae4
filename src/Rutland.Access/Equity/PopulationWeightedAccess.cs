namespace Rutland.Access.Equity;

/// <summary>
/// An LSOA's access as one input, weighted over its origins' residents (the population surface's cells): by drive the
/// mean over the residents with a route, by public transport the median resident's median (residents without one
/// counting as the slowest) and the residents' mean share of the window reachable. The equity report and scenario
/// comparison weigh LSOAs this one way, so their LSOA figures and flags agree.
/// </summary>
public static class PopulationWeightedAccess
{
    public static LsoaAccessInput Of(string lsoa, IReadOnlyList<WeightedLsoa> members, IReadOnlyList<string> destinations)
    {
        double total = members.Sum(m => m.Share);
        return new LsoaAccessInput(lsoa,
            destinations.ToDictionary(d => d, d =>
            {
                var timed = members.Where(m => m.Access.DriveMinutes[d] is not null).ToArray();
                double weight = timed.Sum(m => m.Share);
                return weight > 0 ? timed.Sum(m => m.Share * m.Access.DriveMinutes[d]!.Value) / weight : (double?)null;
            }),
            destinations.ToDictionary(d => d, d =>
            {
                double share = total > 0 ? members.Sum(m => m.Share * m.Access.PublicTransport[d].ShareOfWindowReachable) / total : 0;
                double cumulative = 0;
                double? median = null;
                foreach (var m in members.OrderBy(m => m.Access.PublicTransport[d].P50Minutes ?? double.PositiveInfinity))
                {
                    cumulative += m.Share;
                    if (cumulative * 2 < total) continue;
                    median = m.Access.PublicTransport[d].P50Minutes;
                    break;
                }
                return new PtAccess(median, Math.Min(1, share));
            }));
    }
}
