namespace Rutland.Access.Equity;

/// <summary>The equity picture of a study area: figures per LSOA, ward, IMD quintile and county, the flags, the
/// concentration index and the quintile gaps ranked largest first.</summary>
public sealed record EquityReport(
    EquityThresholds Thresholds,
    AreaAccessFigures County,
    IReadOnlyList<AreaAccessFigures> Lsoas,
    IReadOnlyList<AreaAccessFigures> Wards,
    IReadOnlyList<ImdQuintileAccess> ByImdQuintile,
    PtConcentration PtConcentration,
    IReadOnlyList<EquityGap> RankedGaps,
    IReadOnlyList<EquityFlag> Flags);
