using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Places;

namespace Rutland.Access.Batch.Run;

/// <summary>
/// The matrix's destinations: the run's configured destinations in run order, then every site a scenario adds
/// (searched like any point), so one matrix serves every scenario.
/// </summary>
public static class RunDestinations
{
    public const string ScenarioSiteKind = "scenario site";

    public static IReadOnlyList<Destination> Resolve(AccessEngine engine, RunDescription run, string runPath)
    {
        var configured = run.Destinations.Select((id, i) => engine.FindDestination(id)
            ?? throw new RunFileException(runPath, $"destinations[{i}]",
                $"unknown destination '{id}' (known: {string.Join(", ", engine.Destinations.Select(d => d.Id))})"));
        var sites = run.Scenarios.SelectMany(s => s.Add).DistinctBy(a => a.Id)
            .Select(a => new Destination(a.Id, a.Name, null, new LatLon(a.Lat, a.Lon), ScenarioSiteKind, "run file"));
        var all = configured.Concat(sites).ToArray();
        var clash = all.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null) throw new RunFileException(runPath, "scenarios", $"added site '{clash.Key}' has the id of a configured destination");
        return all;
    }

    /// <summary>The destination ids open in one scenario.</summary>
    public static IReadOnlySet<string> Open(RunDescription run, Scenario scenario) =>
        run.Destinations.Except(scenario.Remove).Concat(scenario.Add.Select(a => a.Id)).ToHashSet(StringComparer.Ordinal);
}
