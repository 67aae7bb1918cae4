using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>
/// Deliberately naive earliest arrival for one departure: Bellman–Ford over rides on the raw trips, no patterns,
/// no marking, no pruning. Same rules as the router: slack before every ride but the first, transfers only
/// straight after a ride, at least one ride, egress from the alighting stop. An unknown-phase frequency entry is
/// expanded into plain trips at the draw's phase; on-demand legs are tried second by second over their start window.
/// </summary>
internal static class ReferenceEarliestArrival
{
    public static int TravelSeconds(RandomNetwork input, RaptorRequest request, int target, int departure, int draw = 0)
    {
        var trips = input.Frequency is { } frequency
            ? [.. input.Trips, .. frequency.Trips(frequency.Phase(request.Seed, draw))]
            : input.Trips;
        int stopCount = input.Network.StopCount;
        var reached = Enumerable.Repeat(int.MaxValue, stopCount).ToArray();
        foreach (var a in request.Access) reached[a.Stop] = Math.Min(reached[a.Stop], departure + a.WalkSeconds);
        foreach (var f in request.FlexAccess)
            if (FirstStart(f, departure + f.WalkSeconds + f.WaitSeconds) is { } start) reached[f.Stop] = Math.Min(reached[f.Stop], start + f.RideSeconds);

        int best = int.MaxValue;
        for (int ride = 1; ride <= request.MaxTransfers + 1; ride++)
        {
            int slack = ride > 1 ? request.MinTransferSeconds : 0;
            var alighted = Enumerable.Repeat(int.MaxValue, stopCount).ToArray();
            foreach (StopTime[] trip in trips)
            {
                bool aboard = false;
                foreach (var call in trip)
                {
                    if (aboard) alighted[call.Stop] = Math.Min(alighted[call.Stop], call.ArrivalSeconds);
                    if (reached[call.Stop] != int.MaxValue && reached[call.Stop] + slack <= call.DepartureSeconds) aboard = true;
                }
            }
            foreach (var e in request.Targets[target])
                if (alighted[e.Stop] != int.MaxValue) best = Math.Min(best, alighted[e.Stop] + e.WalkSeconds);
            foreach (var f in request.FlexTargets.Count > 0 ? request.FlexTargets[target] : [])
                if (alighted[f.Stop] != int.MaxValue && FirstStart(f, alighted[f.Stop] + f.WaitSeconds) is { } start)
                    best = Math.Min(best, start + f.RideSeconds + f.WalkSeconds);
            reached = (int[])alighted.Clone();
            foreach (var (from, to, walk) in input.Transfers)
                if (alighted[from] != int.MaxValue) reached[to] = Math.Min(reached[to], alighted[from] + walk);
        }
        return best == int.MaxValue || best - departure > request.MaxTravelSeconds ? RaptorResult.Unreachable : best - departure;
    }

    /// <summary>The first second in the leg's start window at or after <paramref name="ready"/>; null if none.</summary>
    private static int? FirstStart(FlexAccess leg, int ready)
    {
        for (int t = leg.OpensSeconds; t <= leg.ClosesSeconds; t++)
            if (t >= ready) return t;
        return null;
    }
}
