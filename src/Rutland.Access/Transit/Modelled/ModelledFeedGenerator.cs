using Rutland.Access.Osm;
using Rutland.Access.Roads;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// Regenerates the committed modelled feed: reads <see cref="DefinitionFile"/> from the authored data folder, the
/// NaPTAN files, OSM route relations and CIF extract from the inputs, finds bus paths and times on the car network
/// (with its off-network leg for stops beyond the extract), and writes the GTFS files to a folder (by default <see cref="FeedFolder"/> in the authored data).
/// <c>busSpeedFactor</c> replaces the definition's <see cref="BusTiming.SpeedFactor"/>, for low and high variants of
/// the same feed.
/// </summary>
public static class ModelledFeedGenerator
{
    public const string DefinitionFile = "transit/" + ModelledFeedDefinition.FileName;
    public const string FeedFolder = "transit/rutland-modelled";

    public static ModelledFeedBuilder Builder(RoadNetwork car, OffNetworkLeg carOffNetwork, string inputsDirectory, string authoredDirectory, double? busSpeedFactor = null)
    {
        var definition = ModelledFeedDefinition.Load(Path.Combine(authoredDirectory, DefinitionFile));
        if (busSpeedFactor is { } factor) definition = definition.WithBusSpeedFactor(factor);
        var naptan = NaptanStopIndex.Load(inputsDirectory);
        var relations = definition.BusRoutes.SelectMany(r => r.Variants).SelectMany(v => v.OsmRelations ?? []).Distinct().ToList();
        var relationWays = OsmRouteRelations.WayIds(Path.Combine(inputsDirectory, StudyExtract.RelativePath), relations);
        return new ModelledFeedBuilder(definition, naptan, new BusPathFinder(car, carOffNetwork), relationWays, inputsDirectory);
    }

    public static IReadOnlyList<GtfsTable> Build(RoadNetwork car, OffNetworkLeg carOffNetwork, string inputsDirectory, string authoredDirectory, double? busSpeedFactor = null) =>
        Builder(car, carOffNetwork, inputsDirectory, authoredDirectory, busSpeedFactor).Build();

    public static void Write(RoadNetwork car, OffNetworkLeg carOffNetwork, string inputsDirectory, string authoredDirectory, string outputDirectory, double? busSpeedFactor = null) =>
        GtfsTableWriter.Write(outputDirectory, Build(car, carOffNetwork, inputsDirectory, authoredDirectory, busSpeedFactor));
}
