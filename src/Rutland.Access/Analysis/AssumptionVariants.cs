using System.Collections.Concurrent;
using Rutland.Access.Places;
using Rutland.Access.Roads;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Modelled;

namespace Rutland.Access.Analysis;

/// <summary>
/// The engine's networks at each <see cref="AssumptionLevel"/>: central is the engine itself; low and high are built on
/// first use and kept (immutable, shared by all requests like the engine). The bus factor varies only a feed marked
/// modelled (feed_info) that <see cref="ModelledFeedGenerator"/> built from the authored definition: it is rebuilt in
/// memory at the level's factor (<see cref="ModelledTimetableVariant"/>) and routed with the base walking links; real
/// timetables are never rescaled. The detour factor varies drive searches to destinations beyond the extract.
/// </summary>
public sealed class AssumptionVariants
{
    private readonly AccessEngine _engine;
    private readonly string? _inputs, _authored;
    private readonly Lazy<(AssumptionLevels Levels, TransitFeedSummary? Feed)> _assessed;
    private readonly ConcurrentDictionary<AssumptionLevel, Lazy<PublicTransport>> _transit = new();
    private readonly ConcurrentDictionary<(AssumptionLevel, string), Lazy<DriveTimesToDestination>> _driveSearches = new();
    private readonly Lazy<Dictionary<AssumptionLevel, OffNetworkLeg>> _offNetwork;  // low and high only
    private readonly Lazy<ModelledFeedBuilder> _feedBuilder;  // low and high share its bus road paths

    public AssumptionVariants(AccessEngine engine, string? inputsDirectory, string? authoredDirectory)
    {
        _engine = engine;
        _inputs = inputsDirectory;
        _authored = authoredDirectory;
        _assessed = new(Assess);
        _offNetwork = new(() => AssumptionLevels.All.Where(l => l != AssumptionLevel.Central)
            .ToDictionary(l => l, l => new OffNetworkLeg(engine.Car.Graph, Levels.OffNetworkDetourFactor.At(l))));
        _feedBuilder = new(() => ModelledFeedGenerator.Builder(engine.Car, engine.CarOffNetwork, _inputs!, _authored!));
    }

    public AssumptionLevels Levels => _assessed.Value.Levels;

    /// <summary>The public-transport side at a level: the engine's own at central, or when no modelled feed can be varied.</summary>
    public PublicTransport Transit(AssumptionLevel level)
    {
        if (level == AssumptionLevel.Central || _assessed.Value.Feed is null) return _engine.Transit;
        return _transit.GetOrAdd(level, l => new Lazy<PublicTransport>(() => BuildTransit(l))).Value;
    }

    /// <summary>The off-network estimate at a level; central is the engine's own (no assumption is read for it).</summary>
    public OffNetworkLeg CarOffNetwork(AssumptionLevel level) =>
        level == AssumptionLevel.Central ? _engine.CarOffNetwork : _offNetwork.Value[level];

    /// <summary>
    /// The kept reverse search to a configured destination at its configured place, at a level (null for any other
    /// point, as <see cref="AccessEngine.CachedDriveSearch"/>). A destination on the network does not depend on the detour
    /// factor, so every level shares the engine's search.
    /// </summary>
    public DriveTimesToDestination? CachedDriveSearch(AssumptionLevel level, Destination destination)
    {
        if (_engine.CachedDriveSearch(destination) is not { } central) return null;
        if (level == AssumptionLevel.Central || central.OnNetwork) return central;
        return _driveSearches.GetOrAdd((level, destination.Id), _ => new Lazy<DriveTimesToDestination>(
            () => new DriveTimesToDestination(_engine.Car, CarOffNetwork(level), destination.Location))).Value;
    }

    private PublicTransport BuildTransit(AssumptionLevel level)
    {
        var (levels, feed) = _assessed.Value;
        var tables = _feedBuilder.Value.WithBusSpeedFactor(levels.BusRunTimeFactor!.At(level)).Build();
        var transit = _engine.Transit.WithTimetable(ModelledTimetableVariant.WithStopTimes(_engine.Transit.Feed, feed!, tables));
        return levels.OnDemandPickupWaitMinutes is { } wait && levels.OnDemandRideFactor is { } ride
            ? transit.WithOnDemandAssumptions(feed!.Id, (int)Math.Round(wait.At(level) * 60), ride.At(level))
            : transit;
    }

    /// <summary>Which loaded feed the bus factor varies, and the ranges; every reason it cannot is kept for the answer.</summary>
    private (AssumptionLevels, TransitFeedSummary?) Assess()
    {
        var modelled = _engine.Transit.Feeds.Where(f => f.Modelled).ToArray();
        // Feeds are named as answers name them (DataPathNames): the generated feed is the authored folder's name.
        string? generated = _authored is null || _inputs is null ? null
            : new Data.DataPathNames(_inputs, _authored).Name(Path.Combine(_authored, ModelledFeedGenerator.FeedFolder));
        var ours = modelled.Where(f => f.Format == "gtfs" && f.Path == generated).ToArray();
        if (ours.Length == 1 && modelled.Length == 1 && _inputs is not null)
        {
            var definition = ModelledFeedDefinition.Load(Path.Combine(_authored!, ModelledFeedGenerator.DefinitionFile));
            var levels = AssumptionLevels.For(definition.BusTiming.SpeedFactor, null, _engine.CarCircuity);
            return (definition.OnDemandZones is { } zones && _engine.Transit.HasOnDemand ? levels.WithOnDemand(zones.RideTime.SafeDurationFactor) : levels,
                ours[0]);
        }
        string reason = modelled.Length == 0
            ? "no modelled timetable is loaded; real timetables (BODS, CIF) are never rescaled"
            : _inputs is null || _authored is null
            ? "the data folders the modelled feed is built from are not known to this engine"
            : $"the modelled feed(s) {string.Join(", ", modelled.Where(m => !ours.Contains(m)).Select(m => m.Id))} were not built by " +
              $"ModelledFeedGenerator from {ModelledFeedGenerator.DefinitionFile} in the authored data folder, so they cannot be rebuilt at another factor";
        return (AssumptionLevels.For(null, reason, _engine.CarCircuity), null);
    }

    private static string FullPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
