using Rutland.Access.Analysis;
using Rutland.Access.Batch.Output;
using Rutland.Access.Places;
using Rutland.Access.Routing;

namespace Rutland.Access.Batch.Run;

/// <summary>
/// The travel-time matrix of some origins, through the engine's own free-flow (drive, walk, cycle) and public-transport matrices. Rows are
/// ordered origin, then mode (run order), then window, then destination: the same order whichever shard computes them.
/// </summary>
public static class MatrixComputation
{
    /// <summary>Origins per public-transport step: small enough for steady progress, large enough to keep both cores busy.</summary>
    public const int PtOriginsPerStep = 16;

    public static IReadOnlyList<MatrixRow> Compute(AccessEngine engine, RunDescription run, IReadOnlyList<Place> origins,
        IReadOnlyList<Destination> destinations, Action<string, int, int> progress)
    {
        // Per mode-and-window step, one row list per origin.
        var steps = new List<MatrixRow[][]>();
        foreach (var mode in run.Modes)
        {
            if (!mode.Timetabled)
            {
                progress(mode.Name, 0, origins.Count);
                var road = engine.RoadTimes(mode, origins, destinations);
                steps.Add(Rows(origins.Count, destinations.Count, road.Select(RoadRow).ToArray()));
                progress(mode.Name, origins.Count, origins.Count);
                continue;
            }
            foreach (var window in run.Windows)
            {
                string step = $"{mode.Name} {window.Id}";
                var query = window.Query();
                var targets = destinations.Select(d => new PtPoint(d.Id, d.Location)).ToArray();
                var answers = new List<MatrixRow>(origins.Count * destinations.Count);
                for (int start = 0; start < origins.Count; start += PtOriginsPerStep)
                {
                    progress(step, start, origins.Count);
                    var chunk = origins.Skip(start).Take(PtOriginsPerStep).Select(o => new PtPoint(o.Id, o.Location)).ToArray();
                    answers.AddRange(PtMatrix.Compute(engine.Transit, chunk, targets, query).Select(t => PtRow(mode, t, window.Id)));
                }
                progress(step, origins.Count, origins.Count);
                steps.Add(Rows(origins.Count, destinations.Count, answers.ToArray()));
            }
        }
        return Enumerable.Range(0, origins.Count).SelectMany(o => steps.SelectMany(s => s[o])).ToArray();
    }

    /// <summary>Splits an origin-major answer list into one row list per origin.</summary>
    private static MatrixRow[][] Rows(int origins, int destinations, MatrixRow[] originMajor) =>
        Enumerable.Range(0, origins).Select(o => originMajor.AsSpan(o * destinations, destinations).ToArray()).ToArray();

    private static MatrixRow RoadRow(TravelTimeResult r) => new()
    {
        Origin = r.From, Destination = r.To, Mode = ModeNames.Of(r.Mode), Window = null, Minutes = r.Minutes, DistanceKm = r.DistanceKm,
        Reachable = r.Reachable, ReachableShare = null, Estimated = r.Estimated, OffNetworkKm = r.OffNetworkKm,
        OriginSnapMeters = r.OriginSnapMeters,
    };

    private static MatrixRow PtRow(TravelMode mode, PtTravelTime t, string window) => new()
    {
        Origin = t.From, Destination = t.To, Mode = ModeNames.Of(mode), Window = window, Minutes = t.Minutes, DistanceKm = null,
        Reachable = t.Reachable, ReachableShare = t.ReachableShare, Estimated = t.Estimated, OffNetworkKm = 0,
        OriginSnapMeters = null,
    };
}
