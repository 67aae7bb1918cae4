namespace Rutland.Access.Equity;

/// <summary>How each LSOA's residents divide between wards: for every LSOA, ward code → share, shares summing to 1
/// so that aggregating to wards neither loses nor invents residents.</summary>
public sealed class LsoaWardShares
{
    /// <summary>Shares may differ from 1 by this much in total (floating-point sums of overlay areas).</summary>
    public const double SumTolerance = 1e-9;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> SharesByLsoa { get; }

    public LsoaWardShares(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> sharesByLsoa)
    {
        foreach (var (lsoa, shares) in sharesByLsoa)
        {
            if (shares.Values.Any(s => !(s > 0 && s <= 1)))
                throw new ArgumentException($"LSOA {lsoa}: every ward share must be in (0, 1]", nameof(sharesByLsoa));
            double sum = shares.Values.Sum();
            if (Math.Abs(sum - 1) > SumTolerance)
                throw new ArgumentException($"LSOA {lsoa}: ward shares sum to {sum}, not 1", nameof(sharesByLsoa));
        }
        SharesByLsoa = sharesByLsoa;
    }

    public IEnumerable<string> WardCodes => SharesByLsoa.Values.SelectMany(s => s.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>The ward holding the largest share of the LSOA's residents, and that share.</summary>
    public (string WardCode, double Share) MajorityWard(string lsoaCode)
    {
        var largest = SharesByLsoa[lsoaCode].MaxBy(kv => kv.Value);
        return (largest.Key, largest.Value);
    }
}
