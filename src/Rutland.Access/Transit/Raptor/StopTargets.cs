namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// Every stop as a destination of its own, reached on alighting (zero egress): a range search with these targets gives
/// the travel-time distribution to every stop (target index = stop index), as a public-transport isochrone needs.
/// </summary>
public static class StopTargets
{
    public static IReadOnlyList<IReadOnlyList<StopAccess>> Every(int stopCount) =>
        [.. Enumerable.Range(0, stopCount).Select(stop => (IReadOnlyList<StopAccess>)[new StopAccess(stop, 0)])];
}
