namespace Rutland.Access.Transit.Timetable;

/// <summary>A route; <see cref="RouteType"/> is the GTFS value as published, <see cref="Mode"/> its coarse mode.</summary>
public sealed record Route(
    string Id,
    string AgencyId,
    string? ShortName,
    string? LongName,
    int RouteType,
    TransitMode Mode);
