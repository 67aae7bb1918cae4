using System.Text.Json.Serialization;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Changes how often a route runs and/or its service hours. Scheduled trips are regrouped by stop pattern and service
/// calendar; in each group the departures from the first stop are rebuilt and every new departure copies the running
/// times of the existing trip nearest in time (so peak and off-peak running times survive):
/// with a new headway, departures run regularly from the first to the last departure; with only new hours, the existing
/// departures inside them are kept and the span is extended at the group's median headway. Frequency entries get the
/// new headway and are clipped to the new hours (their periods say nothing about how to extend them).
/// </summary>
public sealed record AdjustRouteService(string RouteId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? HeadwayMinutes = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TimeOnly? FirstDeparture = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TimeOnly? LastDeparture = null)
    : IScenarioModification
{
    public ScenarioView Apply(ScenarioView view)
    {
        string what = $"adjustRouteService '{RouteId}'";
        var feed = view.RequireTimetable(what);
        if (HeadwayMinutes is null && FirstDeparture is null && LastDeparture is null)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: give 'headwayMinutes', 'firstDeparture' and/or 'lastDeparture'.");
        ScenarioTimetable.ValidateService(what, HeadwayMinutes, FirstDeparture, LastDeparture);
        var route = ScenarioTimetable.FindRoute(feed, RouteId, what);

        var routeTrips = feed.Trips.Where(t => t.RouteId == route.Id).ToArray();
        var frequencyTripIds = feed.Frequencies.Select(f => f.TripId).ToHashSet(StringComparer.Ordinal);
        var rebuilt = routeTrips.Where(t => !frequencyTripIds.Contains(t.Id))
            .GroupBy(t => (t.ServiceId, Pattern: string.Join('|', t.StopTimes.Select(s => s.StopId))))
            .OrderBy(g => g.Key.ServiceId, StringComparer.Ordinal).ThenBy(g => g.Key.Pattern, StringComparer.Ordinal)
            .SelectMany(g => Rebuild(g.OrderBy(Departure).ToArray(), what));
        var routeTripIds = routeTrips.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        return view with
        {
            Timetable = feed with
            {
                Trips = [.. feed.Trips.Where(t => !routeTripIds.Contains(t.Id) || frequencyTripIds.Contains(t.Id)), .. rebuilt],
                Frequencies = [.. feed.Frequencies.SelectMany(f => routeTripIds.Contains(f.TripId) ? Adjust(f) : [f])],
            },
        };
    }

    private static int Departure(Trip t) => t.StopTimes[0].DepartureSeconds;

    private IEnumerable<Trip> Rebuild(Trip[] trips, string what)
    {
        int first = FirstDeparture is { } f ? ScenarioTimetable.Seconds(f) : Departure(trips[0]);
        int last = LastDeparture is { } l ? ScenarioTimetable.Seconds(l) : Departure(trips[^1]);
        if (last < first)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: the new hours end before the route's first departure.");

        List<int> departures;
        if (HeadwayMinutes is { } h)
        {
            departures = [];
            for (int t = first; t <= last; t += h * 60) departures.Add(t);
        }
        else
        {
            departures = trips.Select(Departure).Where(t => t >= first && t <= last).ToList();
            if (trips.Length >= 2)
            {
                int headway = MedianGap(trips);
                int earliest = departures.Count > 0 ? departures[0] : Departure(trips[0]);
                for (int t = earliest - headway; t >= first; t -= headway) departures.Insert(0, t);
                int latest = departures.Count > 0 ? departures[^1] : Departure(trips[^1]);
                for (int t = latest + headway; t <= last; t += headway) departures.Add(t);
            }
        }
        foreach (int departure in departures)
        {
            var template = trips.MinBy(t => Math.Abs(Departure(t) - departure))!;
            int shift = departure - Departure(template);
            yield return template with
            {
                Id = $"{template.Id}@{departure / 3600:D2}{departure / 60 % 60:D2}",
                StopTimes = [.. template.StopTimes.Select(s => s with { ArrivalSeconds = s.ArrivalSeconds + shift, DepartureSeconds = s.DepartureSeconds + shift })],
            };
        }
    }

    private static int MedianGap(Trip[] ordered)
    {
        var gaps = ordered.Zip(ordered.Skip(1), (a, b) => Departure(b) - Departure(a)).Where(g => g > 0).Order().ToArray();
        // All trips at one time: no headway to extend with, so the hours only clip.
        return gaps.Length == 0 ? int.MaxValue / 2 : gaps[gaps.Length / 2];
    }

    private IEnumerable<Frequency> Adjust(Frequency f)
    {
        int start = FirstDeparture is { } first ? Math.Max(f.StartSeconds, ScenarioTimetable.Seconds(first)) : f.StartSeconds;
        // GTFS end_time is exclusive: one second past the last departure keeps it.
        int end = LastDeparture is { } last ? Math.Min(f.EndSeconds, ScenarioTimetable.Seconds(last) + 1) : f.EndSeconds;
        if (end <= start) yield break;
        yield return f with { StartSeconds = start, EndSeconds = end, HeadwaySeconds = HeadwayMinutes is { } h ? h * 60 : f.HeadwaySeconds };
    }
}
