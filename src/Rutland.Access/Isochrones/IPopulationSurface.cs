namespace Rutland.Access.Isochrones;

/// <summary>Where residents live, as far as the data tells: how many are in the part of a travel-time field within a cutoff.</summary>
public interface IPopulationSurface
{
    /// <summary>
    /// Residents at the grid points of <paramref name="field"/> reached within <paramref name="cutoffSeconds"/> — the
    /// area the isochrone's contour encloses, counted on the grid it was drawn from. Never more than <see cref="Total"/>.
    /// </summary>
    PopulationCount Within(TravelTimeField field, float cutoffSeconds);

    /// <summary>Everyone the surface knows of (the county).</summary>
    PopulationCount Total { get; }

    /// <summary>One sentence on the data and the apportioning, shown with every figure.</summary>
    string Method { get; }
}
