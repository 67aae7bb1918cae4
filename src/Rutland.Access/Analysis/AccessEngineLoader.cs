using System.Diagnostics;
using Rutland.Access.Data;
using Rutland.Access.Equity;
using Rutland.Access.Places;
using Rutland.Access.Roads;

namespace Rutland.Access.Analysis;

/// <summary>Loads and checks every input at start-up; any missing or malformed file stops it with a message naming the file.</summary>
public static class AccessEngineLoader
{
    public const string OsmFile = "osm/rutland-2022-07-20.osm.pbf";
    public const string SettlementsFile = "places/places_rutland_osm.csv";

    public static AccessEngine Load(EngineOptions options)
    {
        var clock = Stopwatch.StartNew();
        string inputs = DataDirectory.ResolveInputs(options.InputsDirectory);
        string authored = DataDirectory.ResolveAuthored(options.AuthoredDirectory);
        var notes = new List<string>();

        var manifest = DatasetManifest.Load(Path.Combine(authored, DatasetManifest.FileName));
        notes.AddRange(manifest.Verify(inputs, authored));

        var destinations = DestinationCatalog.Load(Path.Combine(authored, DestinationCatalog.FileName));
        var settlements = SettlementLoader.Load(Path.Combine(inputs, SettlementsFile));
        foreach (var (kind, count) in settlements.NotUsedByType)
            notes.Add($"{SettlementsFile}: {count} place={kind} not used as origins (only towns, villages, hamlets are)");
        var equity = EquityLayersLoader.Load(inputs);
        notes.AddRange(equity.Repairs.Select(r => $"{r.FilePath}: {r.AreaCode}: {r.WhatWasDone}"));
        var places = PlaceAttribution.Attribute(settlements.Settlements, equity);
        notes.AddRange(places.Notes);

        string pbf = Path.Combine(inputs, OsmFile);
        if (!File.Exists(pbf)) throw new DataFileException(pbf, null, "file not found");
        var car = RoadNetwork.Car(pbf);
        var circuity = NetworkCircuity.Measure(car, settlements.Settlements.Select(p => p.Location).ToArray(), SnapPolicy.MaxSnapMeters);
        var walk = RoadNetwork.Walk(pbf);
        var transit = LoadTransit(options, inputs, authored, walk, settlements.Settlements, notes);

        var counts = new Dictionary<string, long>
        {
            ["carNodes"] = car.Graph.NodeCount,
            ["carEdges"] = car.Graph.EdgeCount,
            ["carLargestComponentNodes"] = car.Graph.LargestComponentSize,
            ["carExitNodes"] = car.Graph.ExitNodes.Length,
            ["places"] = places.Places.Count,
            ["lsoas"] = equity.Lsoa11Boundaries.Count,
            ["wards"] = equity.WardBoundaries.Count,
            ["destinations"] = destinations.Count,
            ["walkNodes"] = walk.Graph.NodeCount,
            ["transitFeeds"] = transit.Feeds.Count,
            ["transitStops"] = transit.Stops.Count,
            ["transitStopsOffWalkNetwork"] = transit.Walking.OffNetworkStopCount,
            ["transitWalkTransfers"] = transit.Transfers.Count,
        };
        var report = new LoadReport(clock.Elapsed, counts, notes);
        return new AccessEngine(destinations, places.Places, car, circuity, equity, manifest.Provenance, report, walk, transit);
    }

    /// <summary>
    /// The configured timetables, or the defaults. A configured feed that is missing stops start-up; the default
    /// modelled feed, authored separately, is noted when absent and the rail extract used alone.
    /// </summary>
    private static PublicTransport LoadTransit(EngineOptions options, string inputs, string authored, RoadNetwork walk,
        IReadOnlyList<Place> settlements, List<string> notes)
    {
        var paths = options.TransitFeeds ?? TransitFeedLoader.DefaultPaths(inputs, authored);
        if (options.TransitFeeds is null)
        {
            var absent = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToArray();
            foreach (string p in absent) notes.Add($"{p}: default transit feed not found; public-transport answers use the other feeds");
            paths = [.. paths.Except(absent)];
        }
        var feeds = TransitFeedLoader.Load(paths, inputs);
        if (feeds.Count == 0) throw new DataFileException(inputs, null, "no transit feed to load");
        foreach (var (feed, _) in feeds)
            notes.AddRange(feed.Report.Counts.Select(c => $"{feed.FeedId}: {c.Key}: {c.Value}"));
        var walkCircuity = NetworkCircuity.Measure(walk, settlements.Select(p => p.Location).ToArray(), SnapPolicy.MaxSnapMeters);
        return new PublicTransport(feeds, walk, walkCircuity.MedianFactor);
    }
}
