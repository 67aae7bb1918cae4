using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>
/// A point attached to the road graph: the nearest edge of the largest component, the fraction along it from
/// its source node, the foot of the perpendicular and how far the point lies from the road.
/// <see cref="TwinEdge"/> is the opposite direction of the same segment, or -1 on a one-way road.
/// </summary>
public readonly record struct SnapResult(int Edge, int TwinEdge, double Fraction, LatLon SnappedPoint, double DistanceMeters);
