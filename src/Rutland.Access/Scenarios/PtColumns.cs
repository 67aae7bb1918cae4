using System.Collections.Concurrent;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Places;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Public-transport answers from every origin to each destination of a view, over the planner's departure window.
/// A view on the base timetable uses the engine's network, and its columns to the configured hospitals are kept by
/// the planner for every request; a view with a changed timetable gets a derived <see cref="PublicTransport"/>
/// (shared walking links, its own per-date network), built once per timetable in this instance. Only the planner's own
/// question (the default walker) shares the planner's columns; another walker's are kept in this instance.
/// <paramref name="transit"/> replaces the engine's as the base (an assumption level's, <see cref="AssumptionVariants.Transit"/>).
/// A cancelled <paramref name="cancellationToken"/> stops the searches (nothing half-made is kept).
/// </summary>
public sealed class PtColumns(ScenarioPlanner planner, PtQuery query, PublicTransport? transit = null, CancellationToken cancellationToken = default)
{
    private readonly ConcurrentDictionary<TimetableFeed, Lazy<PublicTransport>> _derived = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(PublicTransport, LatLon), PtTravelTime[]> _columns = new();

    public PtQuery Query => query;

    /// <summary>One column per destination of the view, in its order; each column in origin order.</summary>
    public IReadOnlyList<PtTravelTime[]> For(ScenarioView view)
    {
        var baseTransit = transit ?? planner.Engine.Transit;
        var timetable = view.Timetable ?? baseTransit.Feed;
        var pt = ReferenceEquals(timetable, baseTransit.Feed)
            ? baseTransit
            : _derived.GetOrAdd(timetable, t => new Lazy<PublicTransport>(() => baseTransit.WithTimetable(t))).Value;

        var missing = view.Destinations.Where(d => Cached(pt, d) is null).DistinctBy(d => d.Location).ToArray();
        if (missing.Length > 0)
        {
            var origins = planner.Origins.Select(o => new PtPoint(o.Id, o.Location)).ToArray();
            var answers = PtMatrix.Compute(pt, origins, missing.Select(d => new PtPoint(d.Id, d.Location)).ToArray(), query, cancellationToken);
            for (int d = 0; d < missing.Length; d++)
            {
                var column = Enumerable.Range(0, origins.Length).Select(o => answers[o * missing.Length + d]).ToArray();
                if (SharesPlannerColumns(pt) && planner.Engine.FindDestination(missing[d].Id)?.Location == missing[d].Location)
                    planner.BasePtColumns.TryAdd(missing[d].Location, column);
                else
                    _columns.TryAdd((pt, missing[d].Location), column);
            }
        }
        return view.Destinations.Select(d => Cached(pt, d)!).ToArray();
    }

    private PtTravelTime[]? Cached(PublicTransport pt, Destination d) =>
        _columns.GetValueOrDefault((pt, d.Location))
        ?? (SharesPlannerColumns(pt) ? planner.BasePtColumns.GetValueOrDefault(d.Location) : null);

    /// <summary>The planner keeps base-timetable columns for its own question only; another date, window, walker or set of modes keeps its own.</summary>
    private bool SharesPlannerColumns(PublicTransport pt) => ReferenceEquals(pt, planner.Engine.Transit) && query == planner.PtQuery;
}
