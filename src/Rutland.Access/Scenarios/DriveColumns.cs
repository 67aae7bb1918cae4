using System.Collections.Concurrent;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Places;
using Rutland.Access.Roads;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Drive minutes from every origin to one destination (null = no route). A configured destination at its own
/// location reuses the engine's cached reverse search; any other point costs one reverse search, kept here so a site
/// that appears in several scenarios of one request is searched once. With <paramref name="maxMinutes"/> those searches
/// stop there and origins beyond it get null: a best-site search needs no time longer than any origin's current nearest.
/// <paramref name="level"/> other than central varies the detour factor of destinations beyond the extract.
/// </summary>
public sealed class DriveColumns(AccessEngine engine, IReadOnlyList<ResidentOrigin> origins, double maxMinutes = double.PositiveInfinity,
    AssumptionLevel level = AssumptionLevel.Central)
{
    private readonly ConcurrentDictionary<LatLon, Lazy<double?[]>> _byLocation = new();

    public double?[] For(Destination destination) =>
        _byLocation.GetOrAdd(destination.Location, _ => new Lazy<double?[]>(() => Search(destination))).Value;

    private double?[] Search(Destination destination)
    {
        if (engine.Assumptions.CachedDriveSearch(level, destination) is { } cached) return Read(cached);
        using var search = new DriveTimesToDestination(engine.Car, engine.Assumptions.CarOffNetwork(level), destination.Location, (float)(maxMinutes * 60));
        return Read(search);
    }

    private double?[] Read(DriveTimesToDestination search) =>
        origins.Select(o => o.CarSnap is { } snap ? search.From(snap)?.Minutes : null).ToArray();
}
