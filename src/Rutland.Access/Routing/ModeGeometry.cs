namespace Rutland.Access.Routing;

/// <summary>
/// How one mode's isochrones are drawn: places within <see cref="WalkOffMeters"/> of a reached road count as reached;
/// times are gridded every <see cref="GridMeters"/>. Rings smaller than one grid cell are grid artefacts (a single grid
/// point on its own) and are dropped.
/// </summary>
public sealed record ModeGeometry(double WalkOffMeters, double GridMeters)
{
    public double MinRingAreaM2 => GridMeters * GridMeters;
}
