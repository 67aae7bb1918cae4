using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.RaptorExport;

/// <summary>
/// Our router with the peer's rules (raptor-journey-planner 2.2.3 on a feed without transfers.txt): changes only at
/// the same stop, no minimum change time (its default interchange is 0 s), no cap on rides or journey length that
/// could bind, and one departure minute — a plain earliest-arrival query.
/// </summary>
public sealed class PeerAlignedRouter(TransitNetwork network)
{
    /// <summary>Far more changes than any journey in a day's timetable makes, so the cap never decides an answer.</summary>
    public const int MaxTransfers = 20;

    /// <summary>The peer searches to the end of the service day's trips; two days is never binding.</summary>
    public const int MaxTravelSeconds = 48 * 3600;

    private readonly RaptorRouter _router = new(network);

    /// <summary>Earliest arrival (seconds since the service date's midnight) or null if no ride sequence reaches the stop.</summary>
    public int? EarliestArrival(int fromStop, int toStop, int departureSeconds)
    {
        var request = new RaptorRequest
        {
            Access = [new StopAccess(fromStop, 0)],
            Targets = [[new StopAccess(toStop, 0)]],
            WindowStartSeconds = departureSeconds,
            WindowEndSeconds = departureSeconds + 60,
            MaxTransfers = MaxTransfers,
            MinTransferSeconds = 0,
            MaxTravelSeconds = MaxTravelSeconds,
        };
        int travel = _router.Search(request).TravelSeconds(0, 0);
        return travel == RaptorResult.Unreachable ? null : departureSeconds + travel;
    }
}
