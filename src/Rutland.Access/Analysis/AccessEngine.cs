using Rutland.Access.Geo;
using Rutland.Access.Isochrones;
using Rutland.Access.Data;
using Rutland.Access.Equity;
using Rutland.Access.Places;
using Rutland.Access.Population;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// Everything loaded at start-up — networks, places, destinations, provenance — immutable afterwards and shared
/// by all requests. Road searches to the configured destinations are cached: they never change. Every free-flow mode of
/// <see cref="ModeRegistry"/> has its network (<see cref="Road"/>).
/// </summary>
public sealed class AccessEngine
{
    private readonly Dictionary<string, Place> _placesById;
    private readonly Dictionary<string, Destination> _destinationsById;
    private readonly Dictionary<TravelMode, RoadModeNetwork> _roadModes;

    public IReadOnlyList<Destination> Destinations { get; }
    public IReadOnlyList<Place> Places { get; }
    /// <summary>Equity analyses computed once per question and shared by every equity answer (<see cref="EquityResultCache"/>).</summary>
    public EquityResultCache EquityResults { get; } = new();
    /// <summary>The walks from every populated cell, shared by the equity analyses that walk the same way (<see cref="SurfaceWalkCache"/>).</summary>
    public SurfaceWalkCache SurfaceWalks { get; } = new();
    public RoadNetwork Car { get; }
    /// <summary>The pedestrian network (footways, paths, and roads but motorways): walk isochrones and walks to stops.</summary>
    public RoadNetwork Walk { get; }
    public IsochroneService Isochrones { get; }
    public PublicTransport Transit { get; }
    public OffNetworkLeg CarOffNetwork => Road(ModeRegistry.Drive).OffNetwork;
    public NetworkCircuity.Measurement CarCircuity => Road(ModeRegistry.Drive).Circuity;
    public EquityLayers Equity { get; }
    /// <summary>Where residents live (LSOA residents spread over residential land): the origins of the equity analysis and the isochrones' counts.</summary>
    public PopulationSurface Population { get; }
    /// <summary>The surface's cells as origins (car snaps and wards found once, on first use).</summary>
    public IReadOnlyList<PopulationOrigin> PopulationOrigins => _populationOrigins.Value;
    private readonly Lazy<IReadOnlyList<PopulationOrigin>> _populationOrigins;

    /// <summary>2011 LSOAs apportioned to 2022 wards by area overlay: polygon work done once, on first use.</summary>
    public LsoaWardShares WardShares => _wardShares.Value;
    private readonly Lazy<LsoaWardShares> _wardShares;
    public IReadOnlyList<DatasetProvenance> Provenance { get; }
    public LoadReport Report { get; }
    /// <summary>The resolved inputs and authored data folders: the modelled feed's assumption variants are rebuilt from them.</summary>
    public string? InputsDirectory { get; init; }
    public string? AuthoredDirectory { get; init; }

    /// <summary>The networks at each assumption level (low / central / high), low and high built on first use.</summary>
    public AssumptionVariants Assumptions => _assumptions.Value;
    private readonly Lazy<AssumptionVariants> _assumptions;

    /// <param name="otherRoadNetworks">The networks of the registry's road profiles other than car and walk (one each).</param>
    public AccessEngine(IReadOnlyList<Destination> destinations, IReadOnlyList<Place> places, RoadNetwork car,
        NetworkCircuity.Measurement carCircuity, EquityLayers equity, IReadOnlyList<DatasetProvenance> provenance, LoadReport report,
        RoadNetwork walk, PopulationSurface population, PublicTransport transit, IReadOnlyList<RoadNetwork>? otherRoadNetworks = null)
    {
        Population = population;
        Destinations = destinations;
        Places = places;
        Car = car;
        Walk = walk;
        var networks = new[] { car, walk }.Concat(otherRoadNetworks ?? []).ToDictionary(n => n.Graph.ProfileName);
        var settlements = places.Where(p => p.Type != PlaceType.Lsoa).Select(p => p.Location).ToArray();
        _roadModes = ModeRegistry.All.Where(m => !m.Timetabled).ToDictionary(m => m, m =>
        {
            var network = networks.GetValueOrDefault(m.Profile.Name)
                ?? throw new ArgumentException($"no {m.Profile.Name} network was built for mode {m.Name}", nameof(otherRoadNetworks));
            return new RoadModeNetwork(m, network, places, m == ModeRegistry.Drive
                ? () => carCircuity
                : () => NetworkCircuity.Measure(network, settlements, SnapPolicy.MaxSnapMeters));
        });
        Transit = transit.WithFlexRides(car, CarOffNetwork);
        Isochrones = new IsochroneService(car, ModeRegistry.All.ToDictionary(m => m, m => networks[m.Profile.Name]),
            _ => new SurfacePopulationCount(population), Transit);
        Equity = equity;
        _wardShares = new Lazy<LsoaWardShares>(() => WardOverlay.Compute(equity.Lsoa11Boundaries, equity.WardBoundaries, new AreaWeightedApportioner()));
        _populationOrigins = new Lazy<IReadOnlyList<PopulationOrigin>>(() =>
            Analysis.PopulationOrigins.From(population, car, equity.WardBoundaries, WardShares));
        Provenance = provenance;
        Report = report;
        _assumptions = new Lazy<AssumptionVariants>(() => new AssumptionVariants(this, InputsDirectory, AuthoredDirectory));
        _placesById = places.ToDictionary(p => p.Id);
        _destinationsById = destinations.ToDictionary(d => d.Id);
    }

    /// <summary>A free-flow mode's network, snaps and kept searches; timetabled modes have none.</summary>
    public RoadModeNetwork Road(TravelMode mode) => _roadModes.TryGetValue(mode, out var road)
        ? road
        : throw new ArgumentException($"mode {mode.Name} is timetabled, not searched on a road network alone", nameof(mode));

    public Place? FindPlace(string id) => _placesById.GetValueOrDefault(id);
    public Destination? FindDestination(string id) => _destinationsById.GetValueOrDefault(id);
    public SnapResult? CarSnap(Place place) => Road(ModeRegistry.Drive).Snap(place);

    /// <summary>The cached reverse search to a configured destination.</summary>
    public DriveTimesToDestination DriveSearch(Destination destination) => Road(ModeRegistry.Drive).Search(destination);

    /// <summary>
    /// The cached search when <paramref name="destination"/> is a configured destination at its configured place;
    /// null for any other point (a scenario's new site, a clicked point), which the caller searches and disposes itself.
    /// </summary>
    public DriveTimesToDestination? CachedDriveSearch(Destination destination) => CachedSearch(ModeRegistry.Drive, destination);

    /// <summary>As <see cref="CachedDriveSearch"/>, on any free-flow mode's network.</summary>
    public DriveTimesToDestination? CachedSearch(TravelMode mode, Destination destination) =>
        FindDestination(destination.Id) is { } configured && configured.Location == destination.Location ? Road(mode).Search(configured) : null;

    public bool IsOnCarNetwork(Destination destination) => DriveSearch(destination).OnNetwork;

    /// <summary>The fastest journey by a free-flow mode from a point to a destination (a configured one, or any point), or null if none exists.</summary>
    public DriveJourney? PlanRoad(TravelMode mode, LatLon from, LatLon to, Destination? configured)
    {
        var road = Road(mode);
        if (road.Network.Snap(from, SnapPolicy.MaxOriginSnapMeters) is not { } snap) return null;
        var cached = configured is null ? null : CachedSearch(mode, configured);
        var owned = cached is null ? new DriveTimesToDestination(road.Network, road.OffNetwork, to) : null;
        try
        {
            var search = cached ?? owned!;
            if (search.From(snap) is not { } drive || search.Route(from, snap, to) is not { } line) return null;
            var legs = new List<JourneyLeg>();
            double onNetworkKm = drive.DistanceKm - drive.OffNetworkKm;
            if (drive.Estimated)
            {
                // The line ends at the exit, then straight on to the destination: that last stretch is the estimate.
                legs.Add(new JourneyLeg(mode.Name, drive.Minutes - drive.OffNetworkMinutes, onNetworkKm, false, line.Take(line.Count - 1).ToArray()));
                legs.Add(new JourneyLeg(mode.Name, drive.OffNetworkMinutes, drive.OffNetworkKm, true, [line[^2], to]));
            }
            else legs.Add(new JourneyLeg(mode.Name, drive.Minutes, drive.DistanceKm, false, line));
            return new DriveJourney(drive.Minutes, drive.DistanceKm, drive.Estimated, drive.OffNetworkKm, drive.OriginSnapMeters, legs);
        }
        finally
        {
            owned?.Dispose();
        }
    }

    /// <summary>Drive times from places to destinations; <paramref name="level"/> other than central varies the detour factor beyond the extract.</summary>
    public IReadOnlyList<TravelTimeResult> DriveTimes(IReadOnlyList<Place> from, IReadOnlyList<Destination> to, AssumptionLevel level = AssumptionLevel.Central) =>
        DriveMatrix.Compute(Car, Assumptions.CarOffNetwork(level), from.Select(p => (p, CarSnap(p))).ToArray(), to,
            d => Assumptions.CachedDriveSearch(level, d));

    /// <summary>Times by a free-flow mode from places to destinations (drive at the central assumptions).</summary>
    public IReadOnlyList<TravelTimeResult> RoadTimes(TravelMode mode, IReadOnlyList<Place> from, IReadOnlyList<Destination> to)
    {
        var road = Road(mode);
        return DriveMatrix.Compute(road.Network, road.OffNetwork, from.Select(p => (p, road.Snap(p))).ToArray(), to,
            d => CachedSearch(mode, d), mode);
    }

    /// <summary>Public-transport travel times from places to destinations over the query's departure window;
    /// <paramref name="level"/> other than central varies the modelled bus run times.</summary>
    public IReadOnlyList<PtTravelTime> PtTimes(IReadOnlyList<Place> from, IReadOnlyList<Destination> to, PtQuery query,
        AssumptionLevel level = AssumptionLevel.Central, CancellationToken cancellationToken = default) =>
        PtMatrix.Compute(Assumptions.Transit(level),
            [.. from.Select(p => new PtPoint(p.Id, p.Location))], [.. to.Select(d => new PtPoint(d.Id, d.Location))], query, cancellationToken);
}
