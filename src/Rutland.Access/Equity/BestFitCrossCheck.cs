namespace Rutland.Access.Equity;

/// <summary>Compares the overlay with the official chain LSOA 2011 → LSOA 2021 → ward (best fit).</summary>
public static class BestFitCrossCheck
{
    /// <summary>The wards the lookups give each LSOA (2011). An LSOA missing from either lookup is an error.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> LookupWards(IReadOnlyList<LsoaChange> changes, IReadOnlyList<Lsoa21Ward> wards)
    {
        var wardOf = wards.ToDictionary(w => w.Lsoa21Code, w => w.WardCode, StringComparer.Ordinal);
        var unknown = changes.Select(c => c.Lsoa21Code).Where(c => !wardOf.ContainsKey(c)).Distinct().ToList();
        if (unknown.Count > 0) throw new ArgumentException($"no ward for LSOAs (2021) {string.Join(", ", unknown)}", nameof(wards));
        return changes.GroupBy(c => c.Lsoa11Code, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.Select(c => wardOf[c.Lsoa21Code]).Distinct().Order(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    public static IReadOnlyList<BestFitDisagreement> Disagreements(LsoaWardShares overlay, IReadOnlyList<LsoaChange> changes, IReadOnlyList<Lsoa21Ward> wards)
    {
        var lookup = LookupWards(changes, wards);
        var missing = overlay.SharesByLsoa.Keys.Where(k => !lookup.ContainsKey(k)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"LSOAs (2011) not in the lookup: {string.Join(", ", missing)}", nameof(changes));
        return overlay.SharesByLsoa.Keys.Order(StringComparer.Ordinal)
            .Select(lsoa => (lsoa, majority: overlay.MajorityWard(lsoa)))
            .Where(x => !lookup[x.lsoa].Contains(x.majority.WardCode))
            .Select(x => new BestFitDisagreement(x.lsoa, x.majority.WardCode, x.majority.Share, lookup[x.lsoa]))
            .ToList();
    }
}
