namespace Rutland.Access.Transit.Timetable;

/// <summary>The coarse mode a route runs in: what the accessibility analysis distinguishes, not the full GTFS route_type.</summary>
public enum TransitMode
{
    Bus,
    Rail,
    Tram,
    Ferry,
    Other,
}
