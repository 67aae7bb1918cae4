using System.Collections.Immutable;

namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// One timetable in memory, whichever format it came from (GTFS or CIF). Ids are the source's own;
/// <see cref="Merge"/> namespaces them by <see cref="FeedId"/> so several feeds can be loaded together.
/// </summary>
public sealed record TimetableFeed(
    string FeedId,
    FeedInfo Info,
    ImmutableArray<Agency> Agencies,
    ImmutableArray<Stop> Stops,
    ImmutableArray<Route> Routes,
    ImmutableArray<Trip> Trips,
    ImmutableArray<Frequency> Frequencies,
    ImmutableArray<Transfer> Transfers,
    ServiceCalendar Calendar,
    LoadReport Report)
{
    public const char IdSeparator = ':';

    public int StopTimeCount => Trips.Sum(t => t.StopTimes.Length);

    /// <summary>The on-demand (GTFS-Flex) trips and zones; empty for fixed-route feeds.</summary>
    public FlexTimetable Flex { get; init; } = FlexTimetable.Empty;

    /// <summary>
    /// Combines feeds into one. Every id (agency, stop, parent station, route, trip, service) is always prefixed
    /// with "feedId:" — also where it would not clash — so an id's source is visible and merging the same feeds
    /// in another combination never renames anything. Feed ids must be distinct. The merged feed's info joins the
    /// publishers and versions, spans the union of dates and is modelled if any input is; report keys gain the
    /// "feedId: " prefix.
    /// </summary>
    public static TimetableFeed Merge(params TimetableFeed[] feeds)
    {
        if (feeds.Length == 0) throw new ArgumentException("nothing to merge", nameof(feeds));
        var duplicate = feeds.GroupBy(f => f.FeedId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"feed id '{duplicate.Key}' is used by more than one feed; ids must be distinct to namespace them", nameof(feeds));

        var prefixed = feeds.Select(f => f.WithPrefixedIds()).ToArray();
        var infos = feeds.Select(f => f.Info).ToArray();
        var info = new FeedInfo(
            JoinDistinct(infos.Select(i => i.Publisher)),
            JoinDistinct(feeds.Select(f => f.Info.Version is null ? null : $"{f.FeedId}={f.Info.Version}")),
            infos.Select(i => i.StartDate).Where(d => d is not null).Min(),
            infos.Select(i => i.EndDate).Where(d => d is not null).Max(),
            infos.Any(i => i.Modelled),
            JoinDistinct(infos.Select(i => i.ModelledDescription)));
        var report = new LoadReport(feeds
            .SelectMany(f => f.Report.Counts.Select(c => KeyValuePair.Create($"{f.FeedId}: {c.Key}", c.Value)))
            .ToImmutableSortedDictionary());

        return new TimetableFeed(
            string.Join('+', feeds.Select(f => f.FeedId)),
            info,
            [.. prefixed.SelectMany(f => f.Agencies)],
            [.. prefixed.SelectMany(f => f.Stops)],
            [.. prefixed.SelectMany(f => f.Routes)],
            [.. prefixed.SelectMany(f => f.Trips)],
            [.. prefixed.SelectMany(f => f.Frequencies)],
            [.. prefixed.SelectMany(f => f.Transfers)],
            new ServiceCalendar(
                prefixed.SelectMany(f => f.Calendar.WeeklyServices),
                prefixed.SelectMany(f => f.Calendar.Exceptions)),
            report)
        {
            Flex = FlexTimetable.Merge(prefixed.Select(f => f.Flex)),
        };
    }

    private TimetableFeed WithPrefixedIds()
    {
        string P(string id) => $"{FeedId}{IdSeparator}{id}";
        return this with
        {
            Agencies = [.. Agencies.Select(a => a with { Id = P(a.Id) })],
            Stops = [.. Stops.Select(s => s with { Id = P(s.Id), ParentStation = s.ParentStation is null ? null : P(s.ParentStation) })],
            Routes = [.. Routes.Select(r => r with { Id = P(r.Id), AgencyId = P(r.AgencyId) })],
            Trips =
            [
                .. Trips.Select(t => t with
                {
                    Id = P(t.Id),
                    RouteId = P(t.RouteId),
                    ServiceId = P(t.ServiceId),
                    StopTimes = [.. t.StopTimes.Select(st => st with { StopId = P(st.StopId) })],
                }),
            ],
            Frequencies = [.. Frequencies.Select(f => f with { TripId = P(f.TripId) })],
            Transfers = [.. Transfers.Select(x => x with { FromStopId = P(x.FromStopId), ToStopId = P(x.ToStopId) })],
            Calendar = Calendar.WithServiceIds(P),
            Flex = Flex.WithPrefixedIds(P),
        };
    }

    private static string? JoinDistinct(IEnumerable<string?> values)
    {
        var distinct = values.OfType<string>().Distinct().ToArray();
        return distinct.Length == 0 ? null : string.Join("; ", distinct);
    }
}
