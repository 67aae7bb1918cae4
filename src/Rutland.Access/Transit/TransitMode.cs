namespace Rutland.Access.Transit;

/// <summary>
/// The coarse mode a route runs in: what the accessibility analysis distinguishes, not the full GTFS route_type.
/// Shared by the timetable model (routes) and the routing network (patterns, ride legs).
/// </summary>
public enum TransitMode
{
    Bus,
    Rail,
    Tram,
    Ferry,
    Other,
}
