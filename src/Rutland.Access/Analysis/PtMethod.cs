using System.Globalization;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Analysis;

/// <summary>The one-paragraph account of how public-transport times are made, returned with every such answer.</summary>
public static class PtMethod
{
    public static string Describe(AccessEngine engine, PtQuery query) => string.Format(CultureInfo.InvariantCulture,
        "Range RAPTOR over the timetables of {0} ({1}), departing every minute of a {2}-minute window; minutes is the " +
        "median and percentiles are nearest-rank over departure minutes × Monte Carlo draws of unknown-phase " +
        "frequencies (seed {3}), waiting included. Up to {4} changes with at least the router's slack; walking at {5} " +
        "km/h over the OSM footpath network, at most {6} m to the first stop, from the last stop or directly; changes " +
        "walk up to {7} m. Stops or points off the footpath network walk a straight line × {8:F3} (the walk network's " +
        "median detour) and answers using such walks have estimated=true. {9}",
        engine.Transit.Feeds.Count, string.Join(", ", engine.Transit.Feeds.Select(f => f.Id)), query.WindowMinutes, query.Seed,
        query.MaxTransfers, query.WalkSpeedKmh, query.MaxWalkMeters, Math.Min(query.MaxWalkMeters, WalkingRules.MaxTransferMeters),
        engine.Transit.Walking.DetourFactor,
        engine.Transit.Modelled
            ? "The bus timetable is MODELLED from published service facts, not an operator's timetable."
            : "All timetables are published ones.");
}
