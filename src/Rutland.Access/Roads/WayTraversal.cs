namespace Rutland.Access.Roads;

/// <summary>
/// How a profile may travel along one OSM way: which directions and at what speed. <see cref="BackwardSpeedKmh"/>
/// differs only where a profile moves differently against the way's direction (a cyclist pushing against a one-way
/// street); null means the same as <see cref="SpeedKmh"/>.
/// </summary>
public readonly record struct WayTraversal(bool Forward, bool Backward, double SpeedKmh, RoadClass Class, double? BackwardSpeedKmh = null);
