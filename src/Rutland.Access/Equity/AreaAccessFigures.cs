namespace Rutland.Access.Equity;

/// <summary>
/// Access figures for an area (an LSOA, a ward, an IMD quintile or the county), built from its residents: to each
/// destination and to the nearest, by car and by public transport (PT: the median over the window), every resident
/// counted (see <see cref="AccessSummary"/>); PT to the nearest also for those aged 65+ and 75+; and the residents with
/// no PT journey to any destination in the whole window, a stricter count than PT "without a time" (no median).
/// </summary>
public sealed record AreaAccessFigures(
    string AreaCode,
    double Population,
    double Aged65Plus,
    double Aged75Plus,
    IReadOnlyDictionary<string, AccessSummary> DriveByDestination,
    IReadOnlyDictionary<string, AccessSummary> PtByDestination,
    AccessSummary DriveToNearest,
    AccessSummary PtToNearest,
    AccessSummary PtToNearestAged65Plus,
    AccessSummary PtToNearestAged75Plus,
    double ResidentsWithNoPtJourney,
    double? ShareWithNoPtJourney);
