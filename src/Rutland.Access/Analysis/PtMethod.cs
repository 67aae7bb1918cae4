using System.Globalization;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Analysis;

/// <summary>The one-paragraph account of how public-transport times are made, returned with every such answer.</summary>
public static class PtMethod
{
    public static string Describe(AccessEngine engine, PtQuery query)
    {
        var inForce = engine.Transit.FeedsInForce(query.Date);
        return string.Format(CultureInfo.InvariantCulture,
            "Range RAPTOR over the timetables in force on {10:yyyy-MM-dd}, {0} of the {11} loaded ({1}), departing every minute " +
            "of a {2}-minute window; minutes is the median and percentiles are nearest-rank over departure minutes × Monte " +
            "Carlo draws of unknown-phase frequencies (seed {3}), waiting included. Up to {4} changes with at least the " +
            "router's slack; walking at {5} km/h over the OSM footpath network, at most {6} m to the first stop, from the " +
            "last stop or directly; changes walk up to {7} m. Stops or points off the footpath network walk a straight " +
            "line × {8:F3} (the walk network's median detour) and answers using such walks have estimated=true. {9} " +
            "Modes used: {12}.{13}",
            inForce.Count, string.Join(", ", inForce.Select(f => f.Id)), query.WindowMinutes, query.Seed,
            query.MaxTransfers, query.WalkSpeedKmh, query.MaxWalkMeters, Math.Min(query.MaxWalkMeters, WalkingRules.MaxTransferMeters),
            engine.Transit.Walking.DetourFactor,
            inForce.Any(f => f.Modelled)
                ? "The bus timetable is MODELLED from published service facts, not an operator's timetable."
                : "All timetables are published ones.",
            query.Date, engine.Transit.Feeds.Count,
            PtModeNames.Describe(query.Modes),
            (query.Modes & PtModes.OnDemand) != 0 && engine.Transit.HasOnDemand
                ? string.Format(CultureInfo.InvariantCulture,
                    " On-demand zones (GTFS-Flex) are ridden from and to their stops, to or from any stop of the same zone: as " +
                    "first or last leg of a journey or on their own; a ride takes the feed's safe_duration_factor × our car time + " +
                    "safe_duration_offset, starts {0} minutes after the rider is at the stop (assumed booking and scheduling slack), " +
                    "only inside the pick-up/drop-off windows on service days, and must be booked ahead (legs say how).",
                    Transit.Flex.FlexRules.PickupWaitSeconds / 60)
                : "");
    }
}
