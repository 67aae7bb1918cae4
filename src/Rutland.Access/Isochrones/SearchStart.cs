namespace Rutland.Access.Isochrones;

/// <summary>
/// A searched location's own piece of road: from its snapped point (in BNG metres), reached at
/// <see cref="SecondsAtPoint"/> (the connector from the location), to source node <see cref="Node"/>
/// <see cref="SecondsToNode"/> later. The tree starts at the nodes, so without these the stretch of road at the
/// location itself would be timed from the far ends of its edge.
/// </summary>
public readonly record struct SearchStart(int Node, double Easting, double Northing, float SecondsAtPoint, float SecondsToNode);
