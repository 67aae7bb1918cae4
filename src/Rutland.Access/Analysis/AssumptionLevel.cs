namespace Rutland.Access.Analysis;

/// <summary>
/// Which value every modelled assumption takes (<see cref="AssumptionLevels"/>): <see cref="Low"/> sets each at the low
/// end of its range (the quickest journeys), <see cref="High"/> at the high end (the slowest), <see cref="Central"/> at the
/// value every default answer uses.
/// </summary>
public enum AssumptionLevel
{
    Low,
    Central,
    High,
}
