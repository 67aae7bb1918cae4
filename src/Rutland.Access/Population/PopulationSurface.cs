namespace Rutland.Access.Population;

/// <summary>
/// Where Rutland's residents live: each LSOA's mid-2020 residents (all, 65+, 75+) spread over its residential land
/// on a grid of <see cref="ResidentialWeights.CellMeters"/> cells in BNG (see <see cref="PopulationSurfaceBuilder"/>).
/// Each LSOA's cells sum to its residents exactly, so every total is conserved. Immutable; shared by all requests.
/// </summary>
public sealed class PopulationSurface(IReadOnlyList<PopulationCell> cells, IReadOnlyList<PopulationPoint> points,
    IReadOnlyList<string> areaWeightedLsoas, IReadOnlyList<string> notes, string method)
{
    /// <summary>Every populated cell part, in LSOA code then cell order: the origins of the equity analysis.</summary>
    public IReadOnlyList<PopulationCell> Cells { get; } = cells;

    /// <summary>Residents at fine points inside the cells (summing to each cell's residents): what isochrones count.</summary>
    public IReadOnlyList<PopulationPoint> Points { get; } = points;

    /// <summary>LSOAs with no residential signal, spread by area over their land instead (none in Rutland).</summary>
    public IReadOnlyList<string> AreaWeightedLsoas { get; } = areaWeightedLsoas;

    /// <summary>What was read and what was left out, for the start-up report.</summary>
    public IReadOnlyList<string> Notes { get; } = notes;

    /// <summary>One sentence on the data and the apportioning, shown with figures drawn from the surface.</summary>
    public string Method { get; } = method;

    public double Total => Cells.Sum(c => c.Total);
}
