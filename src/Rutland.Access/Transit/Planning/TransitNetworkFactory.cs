using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Timetable;
using NetworkStopTime = Rutland.Access.Transit.Network.StopTime;

namespace Rutland.Access.Transit.Planning;

/// <summary>
/// Builds the routing network of one service date from a timetable: the trips whose service runs that date, plus
/// the previous date's trips still running after midnight (GTFS times past 24:00), shifted by −24 h so that all
/// times count from this date's midnight. Frequency entries become frequency trips; walking transfers come from
/// the footpath network. Everything left out is counted in the report.
/// </summary>
public static class TransitNetworkFactory
{
    public const int SecondsPerDay = 86_400;

    public static ServiceDayNetwork Build(TimetableFeed feed, TransitStops stops, IReadOnlyList<WalkTransfer> transfers, DateOnly date)
    {
        var builder = new TransitNetworkBuilder();
        foreach (var stop in stops.Stops) builder.AddStop(stop.Id, stop.Name, new(stop.Lat, stop.Lon));

        var report = LoadReport.Empty;
        var routes = feed.Routes.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var frequencies = feed.Frequencies.ToLookup(f => f.TripId, StringComparer.Ordinal);
        var previousDate = date.AddDays(-1);
        foreach (var trip in feed.Trips)
        {
            bool today = feed.Calendar.IsActive(trip.ServiceId, date);
            bool yesterday = feed.Calendar.IsActive(trip.ServiceId, previousDate);
            if (!today && !yesterday) continue;
            if (ToNetworkTimes(trip, stops) is not { } times)
            {
                report = report.Add(NetworkReportKeys.TripsAtUnservedStopsSkipped);
                continue;
            }
            if (!RunsForward(times))
            {
                report = report.Add(NetworkReportKeys.TripsGoingBackInTimeSkipped);
                continue;
            }
            var route = routes[trip.RouteId];
            string routeName = route.ShortName ?? route.LongName ?? route.Id;
            var entries = frequencies[trip.Id].ToArray();
            if (today) report = AddRuns(builder, report, trip, route, routeName, times, entries, 0, NetworkReportKeys.TripsOfTheDay);
            if (yesterday && RunsPastMidnight(times, entries))
                report = AddRuns(builder, report, trip, route, routeName, times, entries, -SecondsPerDay, NetworkReportKeys.TripsFromThePreviousDay);
        }
        if (feed.Transfers.Length > 0) report = report.Add(NetworkReportKeys.FeedTransfersNotApplied, feed.Transfers.Length);
        foreach (var t in transfers) builder.AddTransfer(t.FromStop, t.ToStop, t.Seconds);
        return new ServiceDayNetwork(date, builder.Build(), report);
    }

    /// <summary>Adds a trip (or its frequency entries) with all times moved by <paramref name="shift"/> seconds.</summary>
    private static LoadReport AddRuns(TransitNetworkBuilder builder, LoadReport report, Trip trip, Route route, string routeName,
        NetworkStopTime[] times, Frequency[] entries, int shift, string dayKey)
    {
        var shifted = shift == 0 ? times : Array.ConvertAll(times, st => st with { ArrivalSeconds = st.ArrivalSeconds + shift, DepartureSeconds = st.DepartureSeconds + shift });
        if (entries.Length == 0)
        {
            builder.AddTrip(trip.Id, route.Id, routeName, route.Mode, shifted);
            return report.Add(dayKey);
        }
        int duration = times[^1].ArrivalSeconds - times[0].DepartureSeconds;
        foreach (var f in entries)
        {
            // The previous day's entry matters only if its last vehicle is still running after midnight.
            if (f.EndSeconds + duration + shift < 0) continue;
            builder.AddFrequencyTrip(trip.Id, route.Id, routeName, route.Mode, shifted,
                f.StartSeconds + shift, f.EndSeconds + shift, f.HeadwaySeconds, f.ExactTimes);
            report = report.Add(f.ExactTimes ? NetworkReportKeys.ExactFrequencyEntries : NetworkReportKeys.SampledFrequencyEntries);
        }
        return report.Add(dayKey);
    }

    private static NetworkStopTime[]? ToNetworkTimes(Trip trip, TransitStops stops)
    {
        var times = new NetworkStopTime[trip.StopTimes.Length];
        for (int i = 0; i < times.Length; i++)
        {
            var st = trip.StopTimes[i];
            if (stops.IndexOf(st.StopId) is not { } stop) return null;
            times[i] = new NetworkStopTime(stop, st.ArrivalSeconds, st.DepartureSeconds);
        }
        return times;
    }

    private static bool RunsForward(NetworkStopTime[] times)
    {
        for (int i = 0; i < times.Length; i++)
        {
            if (times[i].ArrivalSeconds > times[i].DepartureSeconds) return false;
            if (i > 0 && times[i].ArrivalSeconds < times[i - 1].DepartureSeconds) return false;
        }
        return true;
    }

    /// <summary>A trip (or a frequency entry's last vehicle) still running at or after the next day's midnight.</summary>
    private static bool RunsPastMidnight(NetworkStopTime[] times, Frequency[] entries)
    {
        if (entries.Length == 0) return times[^1].ArrivalSeconds >= SecondsPerDay;
        int duration = times[^1].ArrivalSeconds - times[0].DepartureSeconds;
        return entries.Any(f => f.EndSeconds + duration >= SecondsPerDay);
    }
}
