namespace Rutland.Access.Equity;

/// <summary>
/// Divides the residents of a source zone (an LSOA) between target zones (wards) it overlaps. Area weighting is the
/// baseline; a dasymetric apportioner (e.g. by OSM buildings) can replace it without changing the ward aggregation.
/// </summary>
public interface IPopulationApportioner
{
    /// <summary>Target code → share of the source's residents, shares positive and summing to 1.</summary>
    /// <exception cref="InvalidOperationException">The source overlaps none of the targets.</exception>
    IReadOnlyDictionary<string, double> Apportion(AreaBoundary source, IReadOnlyList<AreaBoundary> targets);
}
