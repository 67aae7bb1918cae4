namespace Rutland.Access.Equity;

/// <summary>
/// The concentration index CI = 2·cov(h, r) / μ (Kakwani, Wagstaff &amp; van Doorslaer 1997, J. Econometrics 77:87–103;
/// O'Donnell et al. 2008, "Analyzing Health Equity Using Household Survey Data", World Bank, ch. 8, eq. 8.7), with
/// weighted covariance and mean and the weighted fractional rank r = (residents ranked before + half one's own) / all.
/// Units are ranked most deprived first, so a <em>negative</em> CI of travel time means the more deprived wait longer.
/// Tied deprivation orders share the mean of their fractional ranks.
/// </summary>
public static class ConcentrationIndex
{
    public static double Compute(IReadOnlyList<ConcentrationUnit> units)
    {
        if (units.Count < 2) throw new ArgumentException("needs at least two units", nameof(units));
        if (units.Any(u => !(u.Weight > 0) || !double.IsFinite(u.Outcome)))
            throw new ArgumentException("every unit needs a positive weight and a finite outcome", nameof(units));
        double total = units.Sum(u => u.Weight);
        double mean = units.Sum(u => u.Weight * u.Outcome) / total;
        if (mean == 0) throw new ArgumentException("the index is undefined when the mean outcome is zero", nameof(units));

        double before = 0, covariance = 0;
        foreach (var tied in units.GroupBy(u => u.DeprivationOrder).OrderBy(g => g.Key))
        {
            double groupWeight = tied.Sum(u => u.Weight);
            double rank = (before + groupWeight / 2) / total;
            before += groupWeight;
            covariance += tied.Sum(u => u.Weight * (u.Outcome - mean)) * (rank - 0.5);
        }
        // Weighted fractional ranks have mean exactly 1/2, so cov = Σ w (h − μ)(r − ½) / Σ w.
        return 2 * (covariance / total) / mean;
    }
}
