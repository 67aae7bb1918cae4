using Rutland.Access.Data;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Modelled;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Analysis;

/// <summary>
/// The loaded timetable with one modelled feed's stop times replaced by those <see cref="ModelledFeedGenerator"/> builds
/// at another bus speed factor: the generator's own numbers (path, stops, dwell, rounding up to whole minutes), not a
/// rescaling of the committed feed's rounded minutes. Stops, routes, calendar, frequencies and every other feed are the
/// loaded timetable's own objects, so a <see cref="PublicTransport.WithTimetable"/> over it shares the walking links.
/// </summary>
public static class ModelledTimetableVariant
{
    public const string StopTimesFile = "stop_times.txt";

    /// <param name="merged">The loaded (merged) timetable, its ids prefixed by feed id.</param>
    /// <param name="feed">The modelled feed to replace, as loaded: the generator's output folder.</param>
    /// <param name="regenerated">The generator's tables for the same definition at another bus speed factor.</param>
    /// <exception cref="DataFileException">The loaded feed is not what the definition builds (rerun the feed builder).</exception>
    public static TimetableFeed WithStopTimes(TimetableFeed merged, TransitFeedSummary feed, IReadOnlyList<GtfsTable> regenerated)
    {
        var calls = Read(regenerated.Single(t => t.FileName == StopTimesFile), feed.Path);
        string prefix = feed.Id + TimetableFeed.IdSeparator;
        int replaced = 0;
        var trips = merged.Trips.Select(trip =>
        {
            if (!trip.Id.StartsWith(prefix, StringComparison.Ordinal)) return trip;
            string sourceId = trip.Id[prefix.Length..];
            if (!calls.TryGetValue(sourceId, out var times) || times.Count != trip.StopTimes.Length
                || times.Where((t, i) => prefix + t.StopId != trip.StopTimes[i].StopId).Any())
                throw Stale(feed, $"trip '{sourceId}' does not call at the stops the definition gives it");
            replaced++;
            return trip with
            {
                StopTimes = [.. trip.StopTimes.Select((st, i) => st with { ArrivalSeconds = times[i].Arrival, DepartureSeconds = times[i].Departure })],
            };
        }).ToArray();
        if (replaced != calls.Count) throw Stale(feed, $"the definition builds {calls.Count} trips, the loaded feed has {replaced}");
        return merged with { Trips = [.. trips] };
    }

    private static Dictionary<string, List<(string StopId, int Arrival, int Departure)>> Read(GtfsTable table, string feedPath)
    {
        var calls = new Dictionary<string, List<(string, int, int)>>(StringComparer.Ordinal);
        using var csv = new CsvReader(new StringReader(GtfsTableWriter.Text(table)), $"{feedPath} (regenerated)/{StopTimesFile}");
        csv.RequireColumns("trip_id", "arrival_time", "departure_time", "stop_id");
        while (csv.Read())
        {
            // On-demand (GTFS-Flex) rows name a zone and a window, not a stop and times: not the buses this varies.
            if (csv.HasColumn("location_group_id") && csv.Optional("location_group_id") is not null) continue;
            string trip = csv.Required("trip_id");
            if (!calls.TryGetValue(trip, out var list)) calls[trip] = list = [];
            list.Add((csv.Required("stop_id"), csv.RequiredTime("arrival_time"), csv.RequiredTime("departure_time")));
        }
        return calls;
    }

    private static DataFileException Stale(TransitFeedSummary feed, string what) => new(feed.Path, null,
        $"the modelled feed is not what {ModelledFeedGenerator.DefinitionFile} builds ({what}): rerun tools/Rutland.Access.FeedBuilder");
}
