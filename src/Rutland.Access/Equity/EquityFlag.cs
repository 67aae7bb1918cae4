namespace Rutland.Access.Equity;

/// <summary>A flag raised on an LSOA, with the figures and thresholds that raised it.</summary>
public sealed record EquityFlag(string Code, string LsoaCode, IReadOnlyList<FlagEvidence> Evidence)
{
    /// <summary>1 = most severe (<see cref="EquityFlagCodes.BySeverity"/>).</summary>
    public int SeverityRank => EquityFlagCodes.SeverityRank(Code);
}
