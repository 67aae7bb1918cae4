using Rutland.Access.Roads;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Analysis;

/// <summary>
/// The loaded public-transport side: the merged timetable, its stops with their walking links and stop-to-stop
/// changes (computed once), and the per-date routing networks (built on demand, cached).
/// </summary>
public sealed class PublicTransport
{
    private readonly HashSet<(int From, int To)> _estimatedTransfers;
    private readonly ServiceDayNetworkCache _networks;
    private readonly RoadNetwork _walk;

    public TimetableFeed Feed { get; }
    public IReadOnlyList<TransitFeedSummary> Feeds { get; }
    public FootpathWalking Walking { get; }
    public IReadOnlyList<WalkTransfer> Transfers { get; }
    /// <summary>The default service date (see <see cref="TypicalServiceDate"/>); null when the calendar is empty.</summary>
    public DateOnly? DefaultDate { get; }
    /// <summary>Which loaded feeds are in force on a date, per feed as loaded (a scenario keeps its baseline's: it is measured on the baseline's date).</summary>
    public ServicePeriodCheck ServicePeriods { get; }

    public PublicTransport(IReadOnlyList<(TimetableFeed Feed, TransitFeedSummary Summary)> feeds, RoadNetwork walk, double walkDetourFactor)
        : this(TimetableFeed.Merge([.. feeds.Select(f => f.Feed)]), [.. feeds.Select(f => f.Summary)], walk, walkDetourFactor, null, null,
            new ServicePeriodCheck(feeds.Select(f => f.Feed)))
    {
    }

    private PublicTransport(TimetableFeed feed, IReadOnlyList<TransitFeedSummary> feeds, RoadNetwork walk, double walkDetourFactor,
        PublicTransport? sameStopsAs, PublicTransport? baseline, ServicePeriodCheck servicePeriods)
    {
        _walk = walk;
        Feed = feed;
        Feeds = feeds;
        // Walking links depend only on the stops: a timetable with the same stops shares them instead of recomputing.
        Walking = sameStopsAs?.Walking ?? new FootpathWalking(walk, new TransitStops(Feed), walkDetourFactor);
        Transfers = sameStopsAs?.Transfers ?? Walking.Transfers(WalkingRules.MaxTransferMeters);
        _estimatedTransfers = Transfers.Where(t => t.Estimated).Select(t => (t.FromStop, t.ToStop)).ToHashSet();
        _networks = new ServiceDayNetworkCache(date => TransitNetworkFactory.Build(Feed, Walking.Stops, Transfers, date));
        DefaultDate = baseline is null ? TypicalServiceDate.Choose(Feed) : baseline.DefaultDate;
        ServicePeriods = servicePeriods;
    }

    /// <summary>
    /// The same walking world over another timetable (a scenario's): this instance is untouched, and when the stops are
    /// the same their walking links and changes are shared, so only the per-date networks are built anew. The service
    /// date stays this one's, so a scenario is measured on the same day as its baseline.
    /// </summary>
    public PublicTransport WithTimetable(TimetableFeed timetable)
    {
        bool sameStops = timetable.Stops == Feed.Stops || timetable.Stops.SequenceEqual(Feed.Stops);
        return new PublicTransport(timetable, Feeds, _walk, Walking.DetourFactor, sameStops ? this : null, this, ServicePeriods);
    }

    public TransitStops Stops => Walking.Stops;

    /// <summary>The loaded feeds whose service period contains the date, in load order: the ones an answer for that date rests on.</summary>
    public IReadOnlyList<TransitFeedSummary> FeedsInForce(DateOnly date)
    {
        var inForce = ServicePeriods.On(date).InForce.Select(f => f.FeedId).ToHashSet(StringComparer.Ordinal);
        return [.. Feeds.Where(f => inForce.Contains(f.Id))];
    }

    public bool Modelled => Feed.Info.Modelled;

    public ServiceDayNetwork Network(DateOnly date) => _networks.For(date);

    public bool IsTransferEstimated(int fromStop, int toStop) => _estimatedTransfers.Contains((fromStop, toStop));
}
