namespace Rutland.Access.Equity;

/// <summary>
/// Shares residents in proportion to overlap area in BNG, assuming they are spread evenly over the source zone.
/// Shares are normalised by the overlapped area, not the whole source area: where generalised boundaries leave part
/// of an LSOA outside every ward (or the county edge differs by a few metres), those residents still belong to the
/// county, and population is conserved exactly.
/// </summary>
public sealed class AreaWeightedApportioner : IPopulationApportioner
{
    public IReadOnlyDictionary<string, double> Apportion(AreaBoundary source, IReadOnlyList<AreaBoundary> targets)
    {
        var overlaps = targets
            .Where(t => t.Bng.EnvelopeInternal.Intersects(source.Bng.EnvelopeInternal))
            .Select(t => (t.Code, Area: t.Bng.Intersection(source.Bng).Area))
            .Where(o => o.Area > 0)
            .ToList();
        double total = overlaps.Sum(o => o.Area);
        if (total <= 0) throw new InvalidOperationException($"{source.Code} overlaps none of the {targets.Count} target zones");
        return overlaps.ToDictionary(o => o.Code, o => o.Area / total);
    }
}
