namespace Rutland.Access.Equity;

/// <summary>Access figures for an area (an LSOA, a ward, an IMD quintile or the county), built from its residents.</summary>
public sealed record AreaAccessFigures(
    string AreaCode,
    double Population,
    double Aged65Plus,
    double Aged75Plus,
    IReadOnlyDictionary<string, PopulationWeightedMinutes> DriveByDestination,
    IReadOnlyDictionary<string, PopulationWeightedMinutes> PtByDestination,
    PopulationWeightedMinutes DriveToNearest,
    PopulationWeightedMinutes PtToNearest,
    IReadOnlyList<ResidentsBeyond> DriveBeyond,
    IReadOnlyList<ResidentsBeyond> PtBeyond,
    double ShareWithNoPtJourney);
