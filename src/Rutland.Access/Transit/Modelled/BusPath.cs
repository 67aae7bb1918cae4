using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// A point of a bus's path with our car time from the start of the trip. <see cref="OnRoad"/> says whether the piece
/// from the previous point runs along a mapped road (stops are matched only there), rather than a connector from a
/// stop to its road or an estimated leg beyond the extract.
/// </summary>
public readonly record struct BusPathPoint(LatLon Location, double CarSeconds, bool OnRoad);

/// <summary>The path of one direction of a route through its waypoints: <see cref="WaypointPoints"/>[i] is the index in
/// <see cref="Points"/> at which the bus is at waypoint i.</summary>
public sealed record BusPath(IReadOnlyList<BusPathPoint> Points, IReadOnlyList<int> WaypointPoints);
