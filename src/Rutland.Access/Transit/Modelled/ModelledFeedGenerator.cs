using Rutland.Access.Analysis;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// Regenerates the committed modelled feed: reads <see cref="DefinitionFile"/> from the authored data folder, the
/// NaPTAN files and CIF extract from the inputs, times buses on the engine's car network, and writes the GTFS
/// files to a folder (by default <see cref="FeedFolder"/> in the authored data).
/// </summary>
public static class ModelledFeedGenerator
{
    public const string DefinitionFile = "transit/" + ModelledFeedDefinition.FileName;
    public const string FeedFolder = "transit/rutland-modelled";

    public static IReadOnlyList<GtfsTable> Build(AccessEngine engine, string inputsDirectory, string authoredDirectory)
    {
        var definition = ModelledFeedDefinition.Load(Path.Combine(authoredDirectory, DefinitionFile));
        var naptan = NaptanStopIndex.Load(inputsDirectory);
        var builder = new ModelledFeedBuilder(definition, naptan, new CarLegTimes(engine.Car, engine.CarOffNetwork), inputsDirectory);
        return builder.Build();
    }

    public static void Write(AccessEngine engine, string inputsDirectory, string authoredDirectory, string outputDirectory) =>
        GtfsTableWriter.Write(outputDirectory, Build(engine, inputsDirectory, authoredDirectory));
}
