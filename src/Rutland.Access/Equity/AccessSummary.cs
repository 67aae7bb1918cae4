namespace Rutland.Access.Equity;

/// <summary>
/// Access of a group of residents to one destination (or the nearest), counting every resident:
/// the share within each cutoff — DfT Journey Time Statistics' destination indicator, "the proportion of users that can
/// access a service within a certain time" (JTS notes and definitions 2019) — those with no time, and the mean and
/// median over everyone, with no time (and any longer time) counted at <see cref="NoTimeCountedAsMinutes"/>. A mean
/// over only the residents who still have a journey would improve when journeys are lost; this one cannot.
/// </summary>
public sealed record AccessSummary(
    double Residents,
    IReadOnlyList<ShareWithin> Within,
    double ResidentsWithoutTime,
    double? ShareWithoutTime,
    double? MeanMinutes,
    double? MedianMinutes,
    double NoTimeCountedAsMinutes)
{
    public static AccessSummary Summarise(IEnumerable<ResidentMinutes> units, IReadOnlyList<int> cutoffs, double noTimeMinutes)
    {
        var all = units.ToArray();
        if (all.Any(u => !(u.Residents >= 0) || u.Minutes is { } m && !(m >= 0)))
            throw new ArgumentException("residents and minutes must be non-negative numbers", nameof(units));
        if (!(noTimeMinutes > 0)) throw new ArgumentOutOfRangeException(nameof(noTimeMinutes), noTimeMinutes, "must be positive");

        double residents = all.Sum(u => u.Residents);
        double? Share(double part) => residents > 0 ? part / residents : null;
        var within = cutoffs.Select(c =>
        {
            double inside = all.Where(u => u.Minutes <= c).Sum(u => u.Residents);
            return new ShareWithin(c, inside, Share(inside));
        }).ToArray();
        double without = all.Where(u => u.Minutes is null).Sum(u => u.Residents);
        if (!(residents > 0)) return new AccessSummary(0, within, 0, null, null, null, noTimeMinutes);

        var capped = all.Where(u => u.Residents > 0).Select(u => (Minutes: Math.Min(u.Minutes ?? noTimeMinutes, noTimeMinutes), u.Residents))
            .OrderBy(u => u.Minutes).ToArray();
        double mean = capped.Sum(u => u.Minutes * u.Residents) / residents;
        // Weighted median: the time of the middle resident, i.e. the first unit whose cumulative residents reach half.
        double cumulative = 0, median = capped[^1].Minutes;
        foreach (var u in capped)
            if ((cumulative += u.Residents) * 2 >= residents) { median = u.Minutes; break; }
        return new AccessSummary(residents, within, without, Share(without), mean, median, noTimeMinutes);
    }
}
