namespace Rutland.Access.Equity;

/// <summary>
/// Every input the equity analysis needs, loaded, validated and mutually consistent (same LSOAs in every 2011 dataset,
/// same LSOAs in every 2021 dataset, same wards in lookup and boundaries), with provenance and the load-time repairs.
/// Immutable by convention beyond its read-only collections: NTS geometries are mutable objects, so do not change them.
/// </summary>
public sealed record EquityLayers(
    IReadOnlyList<LsoaDeprivation> Imd2019ByLsoa11,
    IReadOnlyList<LsoaDeprivation> Imd2025ByLsoa21,
    IReadOnlyList<LsoaPopulation> PopulationMid2020ByLsoa11,
    IReadOnlyList<PopulationWeightedCentroid> Lsoa11Centroids,
    IReadOnlyList<LsoaChange> Lsoa11To21,
    IReadOnlyList<Lsoa21Ward> Lsoa21ToWard,
    IReadOnlyList<AreaBoundary> Lsoa11Boundaries,
    IReadOnlyList<AreaBoundary> Lsoa21Boundaries,
    IReadOnlyList<AreaBoundary> WardBoundaries,
    IReadOnlyList<DatasetProvenance> Provenance,
    IReadOnlyList<GeometryRepairNote> Repairs);
