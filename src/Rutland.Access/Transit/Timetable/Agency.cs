namespace Rutland.Access.Transit.Timetable;

/// <summary>An operator (GTFS agency; CIF ATOC code).</summary>
public sealed record Agency(string Id, string Name, string? Url, string? Timezone);
