namespace Rutland.Access.Scenarios;

/// <summary>
/// Withdraws a route: its trips and their frequency entries leave the timetable, and so do its on-demand (GTFS-Flex)
/// trips; stops and zones stay for other routes.
/// </summary>
public sealed record RemoveRoute(string RouteId) : IScenarioModification
{
    public ScenarioView Apply(ScenarioView view)
    {
        string what = $"removeRoute '{RouteId}'";
        var feed = view.RequireTimetable(what);
        var route = ScenarioTimetable.FindRoute(feed, RouteId, what);
        var removed = feed.Trips.Where(t => t.RouteId == route.Id).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return view with
        {
            Timetable = feed with
            {
                Routes = feed.Routes.Remove(route),
                Trips = [.. feed.Trips.Where(t => !removed.Contains(t.Id))],
                Frequencies = [.. feed.Frequencies.Where(f => !removed.Contains(f.TripId))],
                Flex = feed.Flex with { Trips = [.. feed.Flex.Trips.Where(t => t.RouteId != route.Id)] },
            },
        };
    }
}
