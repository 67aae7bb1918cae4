using System.Collections.Immutable;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Scenarios;

/// <summary>
/// A new bus route: vehicles leave the first stop every <see cref="HeadwayMinutes"/> from <see cref="FirstDeparture"/>
/// up to <see cref="LastDeparture"/>, every day of the timetable's calendar, in the direction the stops are listed.
/// <see cref="RunMinutes"/>[i] is the running time from stop i to stop i+1. Runs one way: access figures are journeys
/// to a destination, so add the return as a second route if the way back matters.
/// </summary>
public sealed record AddTransitRoute(
    string Id, string Name, IReadOnlyList<RouteStop> Stops, int HeadwayMinutes,
    TimeOnly FirstDeparture, TimeOnly LastDeparture, IReadOnlyList<double> RunMinutes) : IScenarioModification
{
    public const string AgencyId = "scenario";
    /// <summary>GTFS route_type 3 (bus): the kind of route a council can add.</summary>
    public const int BusRouteType = 3;

    public ScenarioView Apply(ScenarioView view)
    {
        string what = $"addTransitRoute '{Id}'";
        var feed = view.RequireTimetable(what);
        Validate(what, feed);

        var stops = Stops.Select((s, i) => s.Resolve(feed, $"{Id}/stop-{i + 1}", $"{what} stop {i + 1}")).ToArray();
        string serviceId = $"{Id}/daily";
        var (from, to) = ScenarioTimetable.CalendarSpan(feed, what);

        var trips = ImmutableArray.CreateBuilder<Trip>();
        int last = ScenarioTimetable.Seconds(LastDeparture);
        for (int departure = ScenarioTimetable.Seconds(FirstDeparture); departure <= last; departure += HeadwayMinutes * 60)
        {
            var calls = new StopTime[stops.Length];
            double elapsed = 0;
            for (int i = 0; i < stops.Length; i++)
            {
                if (i > 0) elapsed += RunMinutes[i - 1] * 60;
                int t = departure + (int)Math.Round(elapsed);
                calls[i] = new StopTime(i + 1, stops[i].Stop.Id, t, t, Interpolated: false);
            }
            trips.Add(new Trip($"{Id}/{departure / 3600:D2}{departure / 60 % 60:D2}", Id, serviceId, Name, null, [.. calls]));
        }

        return view with
        {
            Timetable = feed with
            {
                Agencies = feed.Agencies.Any(a => a.Id == AgencyId) ? feed.Agencies : feed.Agencies.Add(new Agency(AgencyId, "Scenario services", null, null)),
                Stops = feed.Stops.AddRange(stops.Where(s => s.IsNew).Select(s => s.Stop)),
                Routes = feed.Routes.Add(new Route(Id, AgencyId, Id, Name, BusRouteType, TransitMode.Bus)),
                Trips = feed.Trips.AddRange(trips),
                Calendar = new ServiceCalendar(feed.Calendar.WeeklyServices.Add(new WeeklyService(serviceId, ScenarioTimetable.EveryDay, from, to)),
                    feed.Calendar.Exceptions),
            },
        };
    }

    private void Validate(string what, TimetableFeed feed)
    {
        ScenarioText.Require(what, "id", Id);
        ScenarioText.Require(what, "name", Name);
        if (ScenarioTimetable.NamesARoute(feed, Id))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: a route with this id or name already exists; choose another id.");
        if (Stops is null || Stops.Count < 2)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: a route needs at least two stops.");
        for (int i = 1; i < Stops.Count; i++)
            if (Stops[i] == Stops[i - 1])
                throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: stops {i} and {i + 1} are the same stop; a route runs between different stops.");
        if (RunMinutes is null || RunMinutes.Count != Stops.Count - 1)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: 'runMinutes' needs one running time per pair of consecutive stops ({Stops.Count - 1}).");
        if (RunMinutes.Any(m => !(m > 0 && m <= ScenarioTimetable.MaxRunMinutes)))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: each running time must be above 0 and at most {ScenarioTimetable.MaxRunMinutes} minutes.");
        ScenarioTimetable.ValidateService(what, HeadwayMinutes, FirstDeparture, LastDeparture);
    }
}
