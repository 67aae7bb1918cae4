namespace Rutland.Access.Roads;

/// <summary>How a profile may travel along one OSM way: which directions and at what speed.</summary>
public readonly record struct WayTraversal(bool Forward, bool Backward, double SpeedKmh, RoadClass Class);
