using Rutland.Access.Equity;

namespace Rutland.Access.Tests.Equity;

/// <summary>Hand-made LSOAs for the pure equity functions: one hospital "H", one LSOA per call.</summary>
internal sealed record EquityCase(
    string Code, int ImdRank = 20_000, int BarriersRank = 20_000, double? PtMinutes = 30, double ShareReachable = 1,
    double? DriveMinutes = 15, int Total = 1_000, int Aged65Plus = 200, int Aged75Plus = 100)
{
    public LsoaAccessInput Access => new(Code,
        new Dictionary<string, double?> { ["H"] = DriveMinutes },
        new Dictionary<string, PtAccess> { ["H"] = new(PtMinutes, ShareReachable) });

    public LsoaPopulation Population => new(Code, Code, Total, Aged65Plus, Aged75Plus);

    public LsoaDeprivation Deprivation => new(Code, Code, 10, new Dictionary<DeprivationDomain, RankDecile>
    {
        [DeprivationDomain.IndexOfMultipleDeprivation] = new(ImdRank, DeprivationEdition.Iod2019.DecileOf(ImdRank)),
        [DeprivationDomain.GeographicalBarriers] = new(BarriersRank, DeprivationEdition.Iod2019.DecileOf(BarriersRank)),
    });

    public static IReadOnlyList<EquityFlag> Flags(EquityThresholds thresholds, params EquityCase[] cases) =>
        EquityFlagRules.Evaluate(
            cases.Select(c => c.Access).ToList(),
            cases.ToDictionary(c => c.Code, c => c.Population),
            cases.ToDictionary(c => c.Code, c => c.Deprivation),
            thresholds);

    public static IReadOnlyList<EquityFlag> Flags(params EquityCase[] cases) => Flags(new EquityThresholds(), cases);

    public static string[] CodesOn(IReadOnlyList<EquityFlag> flags, string lsoa) =>
        flags.Where(f => f.LsoaCode == lsoa).Select(f => f.Code).Order().ToArray();
}
