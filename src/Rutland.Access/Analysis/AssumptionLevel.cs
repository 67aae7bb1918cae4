namespace Rutland.Access.Analysis;

/// <summary>
/// Which value every modelled assumption takes (<see cref="AssumptionLevels"/>): <see cref="Low"/> sets each at the low
/// end of its range, <see cref="High"/> at the high end, <see cref="Central"/> at the value every default answer uses.
/// Low is not always the quicker answer by public transport (see <see cref="AssumptionLevels.Method"/>).
/// </summary>
public enum AssumptionLevel
{
    Low,
    Central,
    High,
}
