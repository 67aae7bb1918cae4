using Rutland.Access.Equity;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Access by one mode to the nearest destination, over every origin's residents and counting every resident
/// (<see cref="AccessSummary"/>): residents and shares within each cutoff, the residents with no time (no road route;
/// by PT no median over the window) and their share, and the mean and median minutes over everyone with no time counted
/// at <see cref="NoTimeCountedAsMinutes"/>. The same shape holds a difference between two scenarios (every field the
/// first minus the second, except the cap, which is the same for both).
/// </summary>
public sealed record ModeFigures(IReadOnlyList<CutoffPopulation> Within, double? MeanMinutes, double? MedianMinutes,
    long ResidentsWithoutTime, double? ShareWithoutTime, double NoTimeCountedAsMinutes)
{
    public static ModeFigures Compute(IReadOnlyList<ResidentOrigin> origins, IReadOnlyList<double?> nearestMinutes, IReadOnlyList<int> cutoffs,
        double noTimeMinutes)
    {
        AccessSummary Summary(Func<ResidentOrigin, double> residents) => AccessSummary.Summarise(
            origins.Select((o, i) => new ResidentMinutes(residents(o), nearestMinutes[i])), cutoffs, noTimeMinutes);
        var all = Summary(o => o.Residents);
        var older = Summary(o => o.Aged65Plus);
        var deprived = Summary(o => o.MostDeprived ? o.Residents : 0);
        var within = cutoffs.Select((c, k) => new CutoffPopulation(c,
            Count(all.Within[k].Residents), Count(older.Within[k].Residents), Count(deprived.Within[k].Residents),
            all.Within[k].Share, older.Within[k].Share, deprived.Within[k].Share)).ToArray();
        return new ModeFigures(within, all.MeanMinutes, all.MedianMinutes, Count(all.ResidentsWithoutTime), all.ShareWithoutTime, noTimeMinutes);
    }

    /// <summary>Whole people: the cells share out whole LSOA populations, so their sums round to the people counted.</summary>
    private static long Count(double residents) => (long)Math.Round(residents);

    public ModeFigures Minus(ModeFigures other) => new(
        Within.Zip(other.Within, (a, b) => a.Minus(b)).ToArray(),
        MeanMinutes - other.MeanMinutes,
        MedianMinutes - other.MedianMinutes,
        ResidentsWithoutTime - other.ResidentsWithoutTime,
        ShareWithoutTime - other.ShareWithoutTime,
        NoTimeCountedAsMinutes);
}
