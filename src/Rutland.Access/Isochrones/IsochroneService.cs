using System.Diagnostics;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Isochrones;

/// <summary>
/// Isochrones of every mode of <see cref="ModeRegistry"/>. Free-flow modes (drive, walk, cycle): one multi-source Dijkstra (forward, or reverse for catchments) up to the largest
/// cutoff, a travel-time grid from its reached edges, nested contours, and residents inside each. Public-transport
/// isochrones make the walking-time tree with <see cref="PtIsochroneSearch"/> and draw it the same way. Answers are
/// cached (<see cref="IsochroneParameters.CacheEntries"/> sets, <see cref="IsochroneParameters.CachePoints"/> outline points). Node projections, the edge-to-grid tables and the
/// population surface (which reuses the car nodes' projection) are made on first use, once, so start-up does not pay
/// for them. Safe for concurrent requests. A cancelled request stops within its searches (per departure minute, per
/// few thousand settled nodes) or between the drawing steps, and throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class IsochroneService
{
    private readonly Dictionary<TravelMode, (RoadNetwork Network, Lazy<EdgeCellTable> Cells)> _networks = new();
    private readonly IsochroneCache _cache = new(IsochroneParameters.CacheEntries, IsochroneParameters.CachePoints);

    private readonly Lazy<IPopulationSurface> _population;
    private readonly PublicTransport _transit;

    public IPopulationSurface Population => _population.Value;

    /// <param name="car">The car network, whose projected nodes the population surface reuses.</param>
    /// <param name="networks">Each mode's network (a timetabled mode's: the one walked to and from its stops).</param>
    /// <param name="population">Builds the population surface from the car network's projected nodes.</param>
    public IsochroneService(RoadNetwork car, IReadOnlyDictionary<TravelMode, RoadNetwork> networks, Func<ProjectedNodes, IPopulationSurface> population,
        PublicTransport transit)
    {
        _transit = transit;
        var projected = new Dictionary<RoadNetwork, Lazy<ProjectedNodes>> { [car] = new(() => new ProjectedNodes(car.Graph)) };
        // Modes that share a network and a geometry (walk and public transport) share one table.
        var tables = new Dictionary<(RoadNetwork, ModeGeometry), Lazy<EdgeCellTable>>();
        foreach (var (mode, network) in networks)
        {
            if (!projected.TryGetValue(network, out var nodes)) projected[network] = nodes = new(() => new ProjectedNodes(network.Graph));
            if (!tables.TryGetValue((network, mode.Geometry), out var table))
                tables[(network, mode.Geometry)] = table = new(() => new EdgeCellTable(network.Graph, nodes.Value, mode.Geometry));
            _networks[mode] = (network, table);
        }
        _population = new Lazy<IPopulationSurface>(() => population(projected[car].Value));
    }

    /// <summary>A road network's edges buffered onto its isochrone grid, built once and shared.</summary>
    public EdgeCellTable Cells(TravelMode mode) => _networks[mode].Cells.Value;

    /// <summary>The isochrones of the normalised request, from the cache when asked before.</summary>
    /// <remarks>
    /// The computation runs with the token of the request that started it. If that request is cancelled, those waiting
    /// on the same key see its <see cref="OperationCanceledException"/>; the cache has already forgotten the failure,
    /// so each of them that is still wanted computes afresh.
    /// </remarks>
    /// <exception cref="OffNetworkLocationException">A location is too far from the mode's network.</exception>
    public IsochroneSet Get(IsochroneRequest request, CancellationToken cancellationToken = default)
    {
        var normalised = request.Normalised();
        while (true)
        {
            try
            {
                return _cache.GetOrAdd(normalised.Key, () => Compute(normalised, cancellationToken));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Another request's cancellation: try again with ours.
            }
        }
    }

    /// <summary>The isochrones of exactly this request, never cached (for tests and benchmarks).</summary>
    public IsochroneSet Compute(IsochroneRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Locations.Count == 0 || request.Cutoffs.Count == 0)
            throw new ArgumentException("an isochrone needs at least one location and one cutoff", nameof(request));
        bool transit = request.Mode.Timetabled;
        if (transit && (request.Reverse || request.Transit is null))
            throw new ArgumentException("public-transport isochrones are forward only and need a departure window", nameof(request));
        // Public transport is walked to, from and between on the pedestrian network, and drawn like a walk.
        if (!_networks.TryGetValue(request.Mode, out var mode))
            throw new ArgumentOutOfRangeException(nameof(request), request.Mode, "no network for this mode");
        var geometry = request.Mode.Geometry;
        var cutoffs = request.Cutoffs.Distinct().Order().ToArray();
        var network = mode.Network;
        var table = mode.Cells.Value;
        // Past the largest cutoff by the contours' horizon, so each cutoff reads the same times whatever else is asked.
        float maxSeconds = cutoffs[^1] * 60f + IsochroneParameters.CrossingHorizonSeconds;

        var clock = Stopwatch.StartNew();
        ShortestPathTree tree;
        IReadOnlyList<SearchStart> starts;
        float treeToWalkerSeconds = 1;
        string method;
        if (transit)
        {
            var pt = PtIsochroneSearch.Run(_transit, network, request.Locations, request.Transit!, maxSeconds, cancellationToken);
            (tree, starts, treeToWalkerSeconds) = (pt.Tree, pt.Starts, pt.SecondsFactor);
            method = IsochroneMethod.DescribePt(request.Transit!, _transit, pt, geometry, Population);
        }
        else
        {
            (tree, starts) = RoadSearch(network, request.Locations, request.Reverse ? SearchDirection.Reverse : SearchDirection.Forward, maxSeconds,
                cancellationToken);
            method = IsochroneMethod.Describe(request.Mode, request.Reverse, geometry, Population);
        }
        using var searchTree = tree;
        var searched = clock.Elapsed;

        clock.Restart();
        var field = TravelTimeField.Build(table, tree, maxSeconds / treeToWalkerSeconds, starts);
        if (treeToWalkerSeconds != 1) field.ScaleTimes(treeToWalkerSeconds);
        var gridded = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();
        var repairs = new List<string>();
        var polygons = NestedContours.Build(field, cutoffs, geometry, repairs, out var steps);
        var reprojecting = Stopwatch.StartNew();
        var wgs84 = new Geometry[polygons.Count];
        Parallel.For(0, polygons.Count, k => wgs84[k] = BritishNationalGrid.ToWgs84(polygons[k]));
        steps = steps with { Grid = gridded, Reproject = reprojecting.Elapsed };
        var drawn = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();

        clock.Restart();
        var isochrones = new List<Isochrone>(cutoffs.Length);
        for (int i = 0; i < cutoffs.Length; i++)
        {
            var bng = polygons[i];
            isochrones.Add(new Isochrone(cutoffs[i], PackedOutlines.Pack(bng), PackedOutlines.Pack(wgs84[i]), bng.Area / 1e6,
                Population.Within(field, cutoffs[i] * 60f)));
        }
        var counted = clock.Elapsed;

        return new IsochroneSet(request, isochrones, method, repairs, new IsochroneTimings(searched, drawn, counted) { Steps = steps });
    }

    /// <summary>One search on a road network seeded at every location, and the pieces of road at the locations themselves.</summary>
    private static (ShortestPathTree Tree, IReadOnlyList<SearchStart> Starts) RoadSearch(RoadNetwork network, IReadOnlyList<LatLon> locations,
        SearchDirection direction, float maxSeconds, CancellationToken cancellationToken)
    {
        var sources = new List<SearchSource>();
        var starts = new List<SearchStart>();
        foreach (var location in locations)
        {
            var snap = network.Snap(location, SnapPolicy.MaxSnapMeters)
                ?? throw new OffNetworkLocationException(location, network.Graph.ProfileName, SnapPolicy.MaxSnapMeters);
            float connector = network.ConnectorSeconds(snap);
            var (easting, northing) = BritishNationalGrid.ToBng(snap.SnappedPoint);
            foreach (var source in network.SourcesAt(snap, direction))
            {
                sources.Add(source);
                starts.Add(new SearchStart(source.Node, easting, northing, connector, source.Seconds - connector));
            }
        }
        return (Dijkstra.Run(network.Graph, sources, direction, maxSeconds, cancellationToken), starts);
    }
}
