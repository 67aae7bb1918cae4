namespace Rutland.Access.Equity;

/// <summary>
/// One release of the English Indices of Deprivation. The national LSOA count fixes how ranks map to deciles,
/// which lets the loaders check every rank against its decile (decile = ⌈10·rank / count⌉) — the spot-check that
/// catches a column read from the wrong position.
/// </summary>
public sealed record DeprivationEdition(string Name, int NationalLsoaCount)
{
    /// <summary>IoD 2019 ranks the 32,844 LSOAs (2011) of England.</summary>
    public static DeprivationEdition Iod2019 { get; } = new("English Indices of Deprivation 2019", 32_844);

    /// <summary>IoD 2025 ranks the 33,755 LSOAs (2021) of England.</summary>
    public static DeprivationEdition Iod2025 { get; } = new("English Indices of Deprivation 2025", 33_755);

    public int DecileOf(int rank) => (int)Math.Ceiling(10.0 * rank / NationalLsoaCount);
}
