using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Scenarios;

/// <summary>Rules and calendar facts shared by the transit modifications.</summary>
public static class ScenarioTimetable
{
    public const DaysOfWeek EveryDay = DaysOfWeek.Monday | DaysOfWeek.Tuesday | DaysOfWeek.Wednesday | DaysOfWeek.Thursday
                                       | DaysOfWeek.Friday | DaysOfWeek.Saturday | DaysOfWeek.Sunday;

    /// <summary>Longest headway accepted: beyond a day there is no timetable to speak of.</summary>
    public const int MaxHeadwayMinutes = 24 * 60;

    /// <summary>Longest stop-to-stop running time accepted; anything longer within a county is an input mistake.</summary>
    public const double MaxRunMinutes = 180;

    public static void ValidateService(string what, int? headwayMinutes, TimeOnly? first, TimeOnly? last)
    {
        if (headwayMinutes is { } h && (h < 1 || h > MaxHeadwayMinutes))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: 'headwayMinutes' must be between 1 and {MaxHeadwayMinutes}, not {h}.");
        if (first is { } f && last is { } l && l < f)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: 'lastDeparture' {l:HH\\:mm} is before 'firstDeparture' {f:HH\\:mm}.");
    }

    /// <summary>The dates the timetable's calendar covers, so a new service runs on every date the base one might.</summary>
    public static (DateOnly From, DateOnly To) CalendarSpan(TimetableFeed feed, string what)
    {
        var dates = feed.Calendar.WeeklyServices.SelectMany(w => new[] { w.StartDate, w.EndDate })
            .Concat(feed.Calendar.Exceptions.Select(e => e.Date)).ToArray();
        if (dates.Length == 0)
            throw new ScenarioException(ScenarioProblemKind.Unanswerable, $"{what}: the timetable has no calendar dates to run a service on.");
        return (dates.Min(), dates.Max());
    }

    public static int Seconds(TimeOnly t) => (int)t.ToTimeSpan().TotalSeconds;

    /// <summary>
    /// A route by its timetable id; merged feeds prefix ids ("feed:route"), so the source id alone also matches when
    /// unique, and so does the public name journeys show (route_short_name, e.g. "XC"). An unknown id lists the valid ones.
    /// </summary>
    public static Route FindRoute(TimetableFeed feed, string routeId, string what)
    {
        var matches = Matching(feed, routeId);
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new ScenarioException(ScenarioProblemKind.UnknownId,
                $"{what}: no route '{routeId}' in the timetable. Routes: {string.Join(", ", feed.Routes.Select(Describe))}."),
            _ => throw new ScenarioException(ScenarioProblemKind.Invalid,
                $"{what}: '{routeId}' matches {string.Join(", ", matches.Select(r => r.Id))}; give the full id."),
        };
    }

    /// <summary>Whether <paramref name="routeId"/> already names a route (by id, source id or public name).</summary>
    public static bool NamesARoute(TimetableFeed feed, string routeId) => Matching(feed, routeId).Length > 0;

    private static Route[] Matching(TimetableFeed feed, string routeId)
    {
        if (feed.Routes.FirstOrDefault(r => r.Id == routeId) is { } exact) return [exact];
        var bySourceId = feed.Routes.Where(r => r.Id.EndsWith(TimetableFeed.IdSeparator + routeId, StringComparison.Ordinal)).ToArray();
        return bySourceId.Length > 0 ? bySourceId : [.. feed.Routes.Where(r => r.ShortName == routeId)];
    }

    private static string Describe(Route r) => r.ShortName is { Length: > 0 } name && !r.Id.EndsWith(name, StringComparison.Ordinal) ? $"{r.Id} ({name})" : r.Id;
}
