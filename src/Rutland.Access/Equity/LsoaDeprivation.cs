namespace Rutland.Access.Equity;

/// <summary>Deprivation of one LSOA in one edition: the IMD score and a rank/decile for every <see cref="DeprivationDomain"/>.</summary>
public sealed record LsoaDeprivation(
    string LsoaCode,
    string LsoaName,
    double ImdScore,
    IReadOnlyDictionary<DeprivationDomain, RankDecile> Ranks)
{
    public RankDecile Imd => Ranks[DeprivationDomain.IndexOfMultipleDeprivation];
    public RankDecile GeographicalBarriers => Ranks[DeprivationDomain.GeographicalBarriers];
}
