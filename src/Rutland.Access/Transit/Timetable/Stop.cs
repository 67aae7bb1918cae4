namespace Rutland.Access.Transit.Timetable;

/// <summary>A stop or platform where vehicles call, or a station grouping them (<see cref="ParentStation"/>).</summary>
public sealed record Stop(
    string Id,
    string? Code,
    string Name,
    double Lat,
    double Lon,
    string? ParentStation,
    StopLocationType LocationType);
