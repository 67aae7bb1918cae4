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

    public TimetableFeed Feed { get; }
    public IReadOnlyList<TransitFeedSummary> Feeds { get; }
    public FootpathWalking Walking { get; }
    public IReadOnlyList<WalkTransfer> Transfers { get; }
    /// <summary>The default service date (see <see cref="TypicalServiceDate"/>); null when the calendar is empty.</summary>
    public DateOnly? DefaultDate { get; }

    public PublicTransport(IReadOnlyList<(TimetableFeed Feed, TransitFeedSummary Summary)> feeds, RoadNetwork walk, double walkDetourFactor)
    {
        Feed = TimetableFeed.Merge([.. feeds.Select(f => f.Feed)]);
        Feeds = [.. feeds.Select(f => f.Summary)];
        var stops = new TransitStops(Feed);
        Walking = new FootpathWalking(walk, stops, walkDetourFactor);
        Transfers = Walking.Transfers(WalkingRules.MaxTransferMeters);
        _estimatedTransfers = Transfers.Where(t => t.Estimated).Select(t => (t.FromStop, t.ToStop)).ToHashSet();
        _networks = new ServiceDayNetworkCache(date => TransitNetworkFactory.Build(Feed, stops, Transfers, date));
        DefaultDate = TypicalServiceDate.Choose(Feed);
    }

    public TransitStops Stops => Walking.Stops;

    public bool Modelled => Feed.Info.Modelled;

    public ServiceDayNetwork Network(DateOnly date) => _networks.For(date);

    public bool IsTransferEstimated(int fromStop, int toStop) => _estimatedTransfers.Contains((fromStop, toStop));
}
