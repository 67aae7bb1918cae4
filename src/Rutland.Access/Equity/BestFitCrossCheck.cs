namespace Rutland.Access.Equity;

/// <summary>Compares an overlay with the official best-fit lookups (LSOA 2021 → ward, and LSOA 2011 → 2021 → ward).</summary>
public static class BestFitCrossCheck
{
    /// <summary>The lookup's ward of each LSOA (2021).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> LookupWardsOf2021(IReadOnlyList<Lsoa21Ward> wards) =>
        wards.ToDictionary(w => w.Lsoa21Code, w => (IReadOnlyList<string>)[w.WardCode], StringComparer.Ordinal);

    /// <summary>The wards of each LSOA (2011) via its 2021 successors. A successor missing from the ward lookup is an error.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> LookupWardsOf2011(IReadOnlyList<LsoaChange> changes, IReadOnlyList<Lsoa21Ward> wards)
    {
        var wardOf = wards.ToDictionary(w => w.Lsoa21Code, w => w.WardCode, StringComparer.Ordinal);
        var unknown = changes.Select(c => c.Lsoa21Code).Where(c => !wardOf.ContainsKey(c)).Distinct().ToList();
        if (unknown.Count > 0) throw new ArgumentException($"no ward for LSOAs (2021) {string.Join(", ", unknown)}", nameof(wards));
        return changes.GroupBy(c => c.Lsoa11Code, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.Select(c => wardOf[c.Lsoa21Code]).Distinct().Order(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    public static IReadOnlyList<BestFitDisagreement> Disagreements(LsoaWardShares overlay, IReadOnlyDictionary<string, IReadOnlyList<string>> lookupWards)
    {
        var missing = overlay.SharesByLsoa.Keys.Where(k => !lookupWards.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) throw new ArgumentException($"LSOAs not in the lookup: {string.Join(", ", missing)}", nameof(lookupWards));
        return overlay.SharesByLsoa.Keys.Order(StringComparer.Ordinal)
            .Select(lsoa => (lsoa, majority: overlay.MajorityWard(lsoa)))
            .Where(x => !lookupWards[x.lsoa].Contains(x.majority.WardCode))
            .Select(x => new BestFitDisagreement(x.lsoa, x.majority.WardCode, x.majority.Share, lookupWards[x.lsoa]))
            .ToList();
    }
}
