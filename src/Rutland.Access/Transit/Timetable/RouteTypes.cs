namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// Maps GTFS route_type values to <see cref="TransitMode"/>: the basic types 0–7, 11, 12 and the extended
/// (Hierarchical Vehicle Type) ranges 100–1799 that UK feeds such as BODS use.
/// </summary>
public static class RouteTypes
{
    /// <summary>The mode for a route_type, or null when the value is neither a basic nor an extended type.</summary>
    public static TransitMode? ToMode(int routeType) => routeType switch
    {
        0 or 5 => TransitMode.Tram,           // tram/light rail, cable tram
        1 or 2 or 12 => TransitMode.Rail,     // subway/metro, rail, monorail
        3 or 11 => TransitMode.Bus,           // bus, trolleybus
        4 => TransitMode.Ferry,
        6 or 7 => TransitMode.Other,          // aerial lift, funicular
        >= 100 and < 200 => TransitMode.Rail, // railway services
        >= 200 and < 300 => TransitMode.Bus,  // coach services
        >= 300 and < 700 => TransitMode.Rail, // suburban, urban, metro, underground railway
        >= 700 and < 900 => TransitMode.Bus,  // bus, trolleybus services
        >= 900 and < 1000 => TransitMode.Tram,
        >= 1000 and < 1100 => TransitMode.Ferry, // water transport
        >= 1200 and < 1300 => TransitMode.Ferry,
        >= 1100 and < 1800 => TransitMode.Other, // air, aerial lift, funicular, taxi, self drive, miscellaneous
        _ => null,
    };
}
