namespace Rutland.Access.Analysis;

/// <summary>Where the equity analysis starts its journeys.</summary>
public enum EquityOrigins
{
    /// <summary>Every populated cell of the population surface, weighted by its residents (the default).</summary>
    Surface,
    /// <summary>One origin per LSOA at its ONS population-weighted centroid (the method before the surface; kept for comparison).</summary>
    Centroids,
}
