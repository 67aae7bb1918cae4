using System.Diagnostics;
using Rutland.Access.Data;
using Rutland.Access.Equity;
using Rutland.Access.Osm;
using Rutland.Access.Places;
using Rutland.Access.Population;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>Loads and checks every input at start-up; any missing or malformed file stops it with a message naming the file.</summary>
public static class AccessEngineLoader
{
    public const string SettlementsFile = "places/places_rutland_osm.csv";
    private const string PopulationVintage = "ONS small-area population estimates, mid-2020";

    public static AccessEngine Load(EngineOptions options)
    {
        var clock = Stopwatch.StartNew();
        string inputs = DataDirectory.ResolveInputs(options.InputsDirectory);
        string authored = DataDirectory.ResolveAuthored(options.AuthoredDirectory);
        var notes = new List<string>();
        var steps = new LoadStepTimer();
        var names = new DataPathNames(inputs, authored);

        var manifest = DatasetManifest.Load(Path.Combine(authored, DatasetManifest.FileName));
        notes.AddRange(steps.Time("manifest checksums", () => manifest.Verify(inputs, authored).ToList()));

        var destinations = DestinationCatalog.Load(Path.Combine(authored, DestinationCatalog.FileName));
        var settlements = steps.Time("settlements", () => SettlementLoader.Load(Path.Combine(inputs, SettlementsFile)));
        foreach (var (kind, count) in settlements.NotUsedByType)
            notes.Add($"{SettlementsFile}: {count} place={kind} not used as origins (only towns, villages, hamlets are)");
        string pbf = Path.Combine(inputs, StudyExtract.RelativePath);
        if (!File.Exists(pbf)) throw new DataFileException(pbf, null, "file not found");
        // One pass over the extract feeds every registered mode's road graph and the residential land; it runs on one core while
        // the equity layers load on the other. Then two independent chains: walk graph → timetables and walking links
        // on one; places, car graph, population surface and circuity on the other. Notes keep a fixed order whatever
        // finishes first.
        var roadBuilders = ModeRegistry.RoadProfiles.ToDictionary(p => p.Name, p => new RoadGraphBuilder(p));
        var residential = new ResidentialLandReader();
        var extractPass = Task.Run(() => steps.Time("OSM extract pass", () =>
            OsmExtractRead.Read(pbf, [.. roadBuilders.Values, residential])));
        RoadNetwork BuildNetwork(ITravelProfile profile) =>
            steps.Time($"{profile.Name} graph", () => RoadNetwork.Build(roadBuilders[profile.Name].Build(), profile));
        var transitNotes = new List<string>();
        var walkSide = Task.Run(async () =>
        {
            await extractPass;
            var walkNetwork = BuildNetwork(WalkProfile.Instance);
            return (walkNetwork, LoadTransit(options, inputs, authored, names, walkNetwork, settlements.Settlements, transitNotes, steps));
        });
        var equity = steps.Time("equity layers", () => EquityLayersLoader.Load(inputs));
        notes.AddRange(equity.Repairs.Select(r => $"{r.FilePath}: {r.AreaCode}: {r.WhatWasDone}"));
        var places = steps.Time("place attribution", () => PlaceAttribution.Attribute(settlements.Settlements, equity));
        notes.AddRange(places.Notes);
        steps.Time("wait for OSM extract pass", () => extractPass.GetAwaiter().GetResult());
        var car = BuildNetwork(CarProfile.Instance);
        var surface = steps.Time("population surface", () => PopulationSurfaceBuilder.Build(equity.Lsoa11Boundaries,
            equity.PopulationMid2020ByLsoa11, residential.Result(), car.Graph, PopulationVintage));
        notes.AddRange(surface.Notes);
        var settlementPopulation = SettlementPopulation.Estimate(places.Places.Where(p => p.Type != PlaceType.Lsoa).ToArray(), surface);
        var placesWithPopulation = places.Places.Select(p => settlementPopulation.TryGetValue(p.Id, out double residents)
            ? p with { Population = (int)Math.Round(residents) } : p).ToArray();
        var circuity = steps.Time("car circuity", () =>
            NetworkCircuity.Measure(car, settlements.Settlements.Select(p => p.Location).ToArray(), SnapPolicy.MaxSnapMeters));
        // The registry's other road profiles (cycling), each its own network from the same pass.
        var otherRoads = ModeRegistry.RoadProfiles.Where(p => p.Name != CarProfile.Instance.Name && p.Name != WalkProfile.Instance.Name)
            .Select(BuildNetwork).ToArray();

        var (walk, transit) = steps.Time("wait for walk side", () => walkSide.GetAwaiter().GetResult());
        notes.AddRange(transitNotes);
        notes.Add(steps.Summary());

        var counts = new Dictionary<string, long>
        {
            ["carNodes"] = car.Graph.NodeCount,
            ["carEdges"] = car.Graph.EdgeCount,
            ["carLargestComponentNodes"] = car.Graph.LargestComponentSize,
            ["carExitNodes"] = car.Graph.ExitNodes.Length,
            ["walkNodes"] = walk.Graph.NodeCount,
            ["walkEdges"] = walk.Graph.EdgeCount,
            ["transitFeeds"] = transit.Feeds.Count,
            ["transitStops"] = transit.Stops.Count,
            ["transitStopsOffWalkNetwork"] = transit.Walking.OffNetworkStopCount,
            ["transitWalkTransfers"] = transit.Transfers.Count,
            ["places"] = places.Places.Count,
            ["populationCells"] = surface.Cells.Count,
            ["lsoas"] = equity.Lsoa11Boundaries.Count,
            ["wards"] = equity.WardBoundaries.Count,
            ["destinations"] = destinations.Count,
        };
        foreach (var road in otherRoads)
        {
            counts[$"{road.Graph.ProfileName}Nodes"] = road.Graph.NodeCount;
            counts[$"{road.Graph.ProfileName}Edges"] = road.Graph.EdgeCount;
        }
        var report = new LoadReport(clock.Elapsed, counts, [.. notes.Select(names.Scrub)]);
        return new AccessEngine(destinations, placesWithPopulation, car, circuity, equity, manifest.Provenance, report, walk, surface, transit,
            otherRoads)
        {
            InputsDirectory = inputs,
            AuthoredDirectory = authored,
        };
    }

    /// <summary>
    /// The configured timetables, or the defaults. A configured feed that is missing stops start-up; the default
    /// modelled feed, authored separately, is noted when absent and the rail extract used alone.
    /// </summary>
    private static PublicTransport LoadTransit(EngineOptions options, string inputs, string authored, DataPathNames names, RoadNetwork walk,
        IReadOnlyList<Place> settlements, List<string> notes, LoadStepTimer steps)
    {
        var paths = options.TransitFeeds ?? TransitFeedLoader.DefaultPaths(inputs, authored);
        if (options.TransitFeeds is null)
        {
            var absent = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToArray();
            foreach (string p in absent) notes.Add($"{p}: default transit feed not found; public-transport answers use the other feeds");
            paths = [.. paths.Except(absent)];
        }
        var feeds = steps.Time("transit feeds", () => TransitFeedLoader.Load(paths, inputs)
            .Select(f => (f.Feed, f.Summary with { Path = names.Name(f.Summary.Path) })).ToArray());
        if (feeds.Length == 0) throw new DataFileException(inputs, null, "no transit feed to load");
        foreach (var (feed, _) in feeds)
            notes.AddRange(feed.Report.Counts.Select(c => $"{feed.FeedId}: {c.Key}: {c.Value}"));
        var walkCircuity = steps.Time("walk circuity", () =>
            NetworkCircuity.Measure(walk, settlements.Select(p => p.Location).ToArray(), SnapPolicy.MaxSnapMeters));
        return steps.Time("transit walking and transfers", () => new PublicTransport(feeds, walk, walkCircuity.MedianFactor));
    }
}
