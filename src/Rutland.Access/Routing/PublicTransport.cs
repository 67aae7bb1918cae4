using System.Collections.Concurrent;
using Rutland.Access.Roads;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Flex;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Routing;

/// <summary>
/// The loaded public-transport side: the merged timetable, its stops with their walking links and stop-to-stop
/// changes (computed once), and the per-date routing networks (built on demand, cached).
/// </summary>
public sealed class PublicTransport
{
    private readonly HashSet<(int From, int To)> _estimatedTransfers;
    private readonly ServiceDayNetworkCache _networks;
    private readonly RoadNetwork _walk;
    private readonly FlexCarTimes? _flexCars;
    private readonly (RoadNetwork Car, OffNetworkLeg OffNetwork)? _flexRoads;
    private readonly ConcurrentDictionary<DateOnly, Lazy<FlexRouter?>> _flexRouters = new();
    private readonly ConcurrentDictionary<PtModes, PublicTransport> _byModes = new();

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
            new ServicePeriodCheck(feeds.Select(f => f.Feed)), null)
    {
    }

    private PublicTransport(TimetableFeed feed, IReadOnlyList<TransitFeedSummary> feeds, RoadNetwork walk, double walkDetourFactor,
        PublicTransport? sameStopsAs, PublicTransport? baseline, ServicePeriodCheck servicePeriods,
        (RoadNetwork Car, OffNetworkLeg OffNetwork)? flexRoads, int? pickupWaitSeconds = null)
    {
        PickupWaitSeconds = pickupWaitSeconds ?? baseline?.PickupWaitSeconds ?? FlexRules.PickupWaitSeconds;
        _walk = walk;
        _flexRoads = flexRoads;
        Feed = feed;
        Feeds = feeds;
        // Walking links depend only on the stops: a timetable with the same stops shares them instead of recomputing.
        Walking = sameStopsAs?.Walking ?? new FootpathWalking(walk, new TransitStops(Feed), walkDetourFactor);
        Transfers = sameStopsAs?.Transfers ?? Walking.Transfers(WalkingRules.MaxTransferMeters);
        _estimatedTransfers = Transfers.Where(t => t.Estimated).Select(t => (t.FromStop, t.ToStop)).ToHashSet();
        _networks = new ServiceDayNetworkCache(date => TransitNetworkFactory.Build(Feed, Walking.Stops, Transfers, date));
        DefaultDate = baseline is null ? TypicalServiceDate.Choose(Feed) : baseline.DefaultDate;
        ServicePeriods = servicePeriods;
        // Car times between stops depend only on the stops, like the walks: shared when the stops are the same.
        _flexCars = flexRoads is not { } roads ? null : sameStopsAs?._flexCars ?? new FlexCarTimes(roads.Car, roads.OffNetwork, Walking.Stops);
    }

    /// <summary>
    /// The same walking world over another timetable (a scenario's): this instance is untouched, and when the stops are
    /// the same their walking links and changes are shared, so only the per-date networks are built anew. The service
    /// date stays this one's, so a scenario is measured on the same day as its baseline.
    /// </summary>
    public PublicTransport WithTimetable(TimetableFeed timetable)
    {
        bool sameStops = timetable.Stops == Feed.Stops || timetable.Stops.SequenceEqual(Feed.Stops);
        return new PublicTransport(timetable, Feeds, _walk, Walking.DetourFactor, sameStops ? this : null, this, ServicePeriods, _flexRoads);
    }

    /// <summary>
    /// This timetable with on-demand rides timed on <paramref name="car"/>: the car network loads alongside the
    /// timetables, so it is attached once both are in (without it, on-demand trips are not routed).
    /// </summary>
    public PublicTransport WithFlexRides(RoadNetwork car, OffNetworkLeg offNetwork) =>
        new(Feed, Feeds, _walk, Walking.DetourFactor, this, this, ServicePeriods, (car, offNetwork));

    /// <summary>This timetable limited to <paramref name="modes"/> (cached per set; the stops and walks are shared).</summary>
    public PublicTransport ForModes(PtModes modes) => modes == PtModes.All ? this : _byModes.GetOrAdd(modes, m =>
    {
        bool Kept(TransitMode mode) => (m & (mode == TransitMode.Rail ? PtModes.Rail : PtModes.Bus)) != 0;
        var routes = Feed.Routes.Where(r => Kept(r.Mode)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var trips = Feed.Trips.Where(t => routes.Contains(t.RouteId)).ToArray();
        var tripIds = trips.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var timetable = Feed with
        {
            Trips = [.. trips],
            Frequencies = [.. Feed.Frequencies.Where(f => tripIds.Contains(f.TripId))],
            Flex = (m & PtModes.OnDemand) != 0 ? Feed.Flex : FlexTimetable.Empty,
        };
        return new PublicTransport(timetable, Feeds, _walk, Walking.DetourFactor, this, this, ServicePeriods, _flexRoads);
    });

    /// <summary>Booking and scheduling slack before an on-demand pick-up (<see cref="FlexRules.PickupWaitSeconds"/> unless varied).</summary>
    public int PickupWaitSeconds { get; }

    /// <summary>
    /// This timetable with the pick-up wait and the ride-time factor of one feed's on-demand trips replaced (an assumption
    /// level's values for the project's modelled feed); another feed's published ride times are kept. The stops, walks
    /// and car times are shared.
    /// </summary>
    public PublicTransport WithOnDemandAssumptions(string feedId, int pickupWaitSeconds, double rideFactor)
    {
        string prefix = feedId + TimetableFeed.IdSeparator;
        var trips = Feed.Flex.Trips.Select(t => t.Id.StartsWith(prefix, StringComparison.Ordinal) ? t with { SafeDurationFactor = rideFactor } : t);
        var timetable = Feed with { Flex = Feed.Flex with { Trips = [.. trips] } };
        return new PublicTransport(timetable, Feeds, _walk, Walking.DetourFactor, this, this, ServicePeriods, _flexRoads, pickupWaitSeconds);
    }

    /// <summary>The on-demand router of a date; null when the timetable has no on-demand trips (or no car network to time them).</summary>
    public FlexRouter? Flex(DateOnly date) => _flexCars is null || Feed.Flex.IsEmpty ? null
        : _flexRouters.GetOrAdd(date, d => new Lazy<FlexRouter?>(() => new FlexRouter(Feed, Stops, Network(d).Network, _flexCars, d, PickupWaitSeconds))).Value;

    /// <summary>Whether answers may ride on-demand zones (the feed has them and rides can be timed).</summary>
    public bool HasOnDemand => _flexCars is not null && !Feed.Flex.IsEmpty;

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

    /// <summary>Whether any transfer leaves the footpath network: without one, only access and egress walks can make a journey estimated.</summary>
    public bool HasEstimatedTransfers => _estimatedTransfers.Count > 0;
}
