using Rutland.Access.Geo;
using Rutland.Access.Roads;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Isochrones;

/// <summary>
/// The walking-time tree of a public-transport isochrone: a walk from the location(s) to stops within the access
/// limit; range RAPTOR over the departure window to every stop, each stop's travel times (departure minutes × Monte
/// Carlo draws, waits included) reduced to the requested percentile; then one multi-source walk over the pedestrian
/// network seeded at the locations (the direct walk, at 0) and at every stop so reached (at its percentile time).
/// Taking the percentile per stop before walking on bounds each place's own percentile from above: a place is drawn
/// as reached only if some single stop gets there in time often enough. The walk network's times are at
/// <see cref="WalkingRules.SpeedKmh"/>; for a walker at another speed the tree is searched in those units (every time
/// divided by <see cref="Result.SecondsFactor"/>, which scales walking uniformly) and its field scaled back.
/// </summary>
public static class PtIsochroneSearch
{
    /// <summary>
    /// The tree, its start pieces for the grid, and how many stops the transit search reached in time. The tree's
    /// seconds × <see cref="SecondsFactor"/> are the walker's seconds.
    /// </summary>
    public sealed record Result(ShortestPathTree Tree, IReadOnlyList<SearchStart> Starts, int StopsReached, int StopsOffWalkNetwork,
        float SecondsFactor);

    /// <exception cref="OffNetworkLocationException">A location is too far from the walk network.</exception>
    public static Result Run(PublicTransport pt, RoadNetwork walk, IReadOnlyList<LatLon> locations, PtIsochroneOptions options,
        float maxSeconds, CancellationToken cancellationToken = default)
    {
        var query = options.Query;
        pt = pt.ForModes(query.Modes);
        float factor = (float)WalkingRules.SecondsFactor(query.WalkSpeedKmh);
        var walks = new List<Transit.Planning.WalkLink>();
        var sources = new List<SearchSource>();
        var starts = new List<SearchStart>();
        var access = new List<StopAccess>();
        foreach (var location in locations)
        {
            var snap = walk.Snap(location, SnapPolicy.MaxSnapMeters)
                ?? throw new OffNetworkLocationException(location, walk.Graph.ProfileName, SnapPolicy.MaxSnapMeters);
            Seed(walk, snap, 0, sources, starts);
            var stops = pt.Walking.FromOrigin(location, query.MaxWalkMeters, query.WalkSpeedKmh, []).Stops;
            walks.AddRange(stops);
            access.AddRange(stops.Select(l => new StopAccess(l.Stop, l.Seconds)));
        }

        int reached = 0, offNetwork = 0;
        if (access.Count > 0)
        {
            var day = pt.Network(query.Date);
            // Journeys longer than the largest cutoff cannot draw anything, so the search prunes them.
            var request = query.Request(access, StopTargets.Every(day.Network.StopCount), query.WindowStartSeconds, query.WindowEndSeconds)
                with { MaxTravelSeconds = (int)maxSeconds, FlexAccess = pt.Flex(query.Date)?.Access(walks, cancellationToken) ?? [] };
            var times = day.Router.Search(request, cancellationToken);
            for (int stop = 0; stop < times.TargetCount; stop++)
            {
                int seconds = times.Percentile(stop, options.Percentile);
                if (seconds == RaptorResult.Unreachable || seconds > maxSeconds) continue;
                reached++;
                // A stop beyond the pedestrian network (outside the OSM extract) has no streets to walk on here.
                if (pt.Walking.SnapOf(stop) is { } stopSnap) Seed(walk, stopSnap, seconds / factor, sources, starts);
                else offNetwork++;
            }
        }
        return new Result(Dijkstra.Run(walk.Graph, sources, SearchDirection.Forward, maxSeconds / factor, cancellationToken), starts, reached, offNetwork, factor);
    }

    /// <summary>Sources (and grid start pieces) for walking on from a snapped point reached at <paramref name="seconds"/>.</summary>
    private static void Seed(RoadNetwork walk, SnapResult snap, float seconds, List<SearchSource> sources, List<SearchStart> starts)
    {
        float connector = walk.ConnectorSeconds(snap);
        var (easting, northing) = BritishNationalGrid.ToBng(snap.SnappedPoint);
        foreach (var source in walk.SourcesAt(snap, SearchDirection.Forward))
        {
            sources.Add(source with { Seconds = source.Seconds + seconds });
            starts.Add(new SearchStart(source.Node, easting, northing, seconds + connector, source.Seconds - connector));
        }
    }
}
