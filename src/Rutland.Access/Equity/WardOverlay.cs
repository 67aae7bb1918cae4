namespace Rutland.Access.Equity;

/// <summary>LSOA → ward shares by spatial overlay of the boundaries, with a pluggable way of dividing residents.</summary>
public static class WardOverlay
{
    public static LsoaWardShares Compute(IReadOnlyList<AreaBoundary> lsoas, IReadOnlyList<AreaBoundary> wards, IPopulationApportioner apportioner) =>
        new(lsoas.ToDictionary(l => l.Code, l => apportioner.Apportion(l, wards), StringComparer.Ordinal));
}
