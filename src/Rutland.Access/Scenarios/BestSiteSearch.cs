using Rutland.Access.Places;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Where should k new sites go? Every candidate costs one reverse drive search (run in parallel); then the greedy
/// algorithm adds, k times, the candidate with the largest gain given the sites already chosen. Ties go to the larger
/// person-minutes saved, then to the earlier candidate, so answers repeat exactly. It stops early when no remaining
/// candidate gains anything in the objective: a site that helps nobody is not a winner.
/// </summary>
public static class BestSiteSearch
{
    public const int MaxCandidates = 2000;
    public const int MaxK = 10;
    /// <summary>How many single-site rankings to return: enough to see the runners-up without shipping the whole grid.</summary>
    public const int RankedShown = 20;
    public const double CoverageMinutes = 30;

    /// <param name="cancellationToken">Stops the candidates' drive searches (one per candidate) between candidates.</param>
    public static BestSiteResult Run(ScenarioPlanner planner, IReadOnlyList<SiteCandidate> candidates, int k, SiteObjective objective,
        IReadOnlyList<int>? cutoffs = null, CancellationToken cancellationToken = default)
    {
        var bands = ScenarioCutoffs.Validate(cutoffs);
        if (k is < 1 or > MaxK) throw new ScenarioException(ScenarioProblemKind.Invalid, $"'k' must be between 1 and {MaxK}, not {k}.");
        if (candidates.Count is 0 or > MaxCandidates)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"give 1 to {MaxCandidates} candidates, not {candidates.Count}; widen the grid spacing.");
        var repeated = candidates.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new ScenarioException(ScenarioProblemKind.Invalid, $"candidate id '{repeated.Key}' appears twice.");

        var onNetwork = candidates.Where(c => planner.IsOnRoadNetwork(c.Location)).ToArray();
        if (k > onNetwork.Length)
            throw new ScenarioException(ScenarioProblemKind.Unanswerable,
                $"'k' is {k} but only {onNetwork.Length} of {candidates.Count} candidates are on the road network; ask for at most {onNetwork.Length} or give more candidates.");
        var origins = planner.Origins;
        var baseColumns = planner.NewDriveColumns();
        var baseline = planner.Measure("baseline", planner.BaseView, bands, baseColumns);
        var state = planner.NearestDriveMinutes(planner.BaseView, baseColumns);

        // A site only gains where it beats the current nearest, so no search need run past the longest of those.
        var columns = planner.NewDriveColumns(state.Max() ?? 0);
        var minutes = new double?[onNetwork.Length][];
        Parallel.For(0, onNetwork.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => minutes[i] = columns.For(AsDestination(onNetwork[i])));

        var ranked = Enumerable.Range(0, onNetwork.Length)
            .Select(i => Evaluate(origins, state, minutes[i], objective))
            .Select((g, i) => (Gain: g, Index: i))
            .OrderByDescending(x => x.Gain.Primary).ThenByDescending(x => x.Gain.PersonMinutes).ThenBy(x => x.Index)
            .Take(RankedShown)
            .Select(x => Describe(planner, onNetwork[x.Index], x.Gain, state, minutes[x.Index]))
            .ToArray();

        var chosen = new List<SiteChoice>();
        var taken = new HashSet<int>();
        double value = 0;
        for (int round = 0; round < k; round++)
        {
            int best = -1;
            Gain bestGain = default;
            for (int i = 0; i < onNetwork.Length; i++)
            {
                if (taken.Contains(i)) continue;
                var g = Evaluate(origins, state, minutes[i], objective);
                if (best < 0 || g.Primary > bestGain.Primary || (g.Primary == bestGain.Primary && g.PersonMinutes > bestGain.PersonMinutes))
                    (best, bestGain) = (i, g);
            }
            // A pick that gains nothing in the objective is no answer: fewer than k sites are named, and the answer says why.
            if (bestGain.Primary <= 0) break;
            chosen.Add(Describe(planner, onNetwork[best], bestGain, state, minutes[best]));
            value += bestGain.Primary;
            taken.Add(best);
            state = Nearest(state, minutes[best]);
        }

        // For monotone submodular f and any set S of size k: OPT ≤ f(S) + the k largest gains of single candidates added to S.
        double bound = value + Enumerable.Range(0, onNetwork.Length).Where(i => !taken.Contains(i))
            .Select(i => Evaluate(origins, state, minutes[i], objective).Primary).OrderDescending().Take(k).Sum();

        return new BestSiteResult(objective, k, onNetwork.Length, candidates.Count - onNetwork.Length, ranked, chosen, value, bound,
            baseline.Drive, ModeFigures.Compute(origins, state, bands, ScenarioPlanner.Thresholds.NoTimeMinutes));
    }

    private readonly record struct Gain(double Primary, double PersonMinutes);

    private static Destination AsDestination(SiteCandidate c) => new(c.Id, c.Id, null, c.Location, "candidate site", "best-sites search");

    private static Gain Evaluate(IReadOnlyList<ResidentOrigin> origins, double?[] state, double?[] site, SiteObjective objective)
    {
        double primary = 0, personMinutes = 0;
        for (int i = 0; i < origins.Count; i++)
        {
            if (site[i] is not { } t || (state[i] is { } c && t >= c)) continue;
            double people = origins[i].Residents;
            if (state[i] is { } current) personMinutes += people * (current - t);
            if (objective == SiteObjective.MaximiseDeprivedWithin30 && origins[i].MostDeprived && t <= CoverageMinutes
                && !(state[i] <= CoverageMinutes))
                primary += people;
        }
        return new Gain(objective == SiteObjective.MinimiseMeanDrive ? personMinutes : primary, personMinutes);
    }

    private static double?[] Nearest(double?[] state, double?[] site) =>
        state.Select((c, i) => site[i] is { } t && (c is null || t < c) ? t : c).ToArray();

    /// <summary>
    /// A pick in words' terms: the residents (and most deprived ones) whose nearest destination it becomes, and each LSOA
    /// where any do, with its residents' mean drive before and after (over those with a route, as the LSOA figures are).
    /// </summary>
    private static SiteChoice Describe(ScenarioPlanner planner, SiteCandidate site, Gain gain, double?[] state, double?[] minutes)
    {
        var origins = planner.Origins;
        var after = Nearest(state, minutes);
        var faster = Enumerable.Range(0, origins.Count).Where(i => after[i] != state[i]).ToArray();
        double? Mean(IEnumerable<int> cells, double?[] times)
        {
            var timed = cells.Where(i => times[i] is not null).ToArray();
            double residents = timed.Sum(i => origins[i].Residents);
            return residents > 0 ? timed.Sum(i => origins[i].Residents * times[i]!.Value) / residents : null;
        }
        var lsoas = faster.Select(i => origins[i].LsoaCode).Distinct().Order(StringComparer.Ordinal).Select(code =>
        {
            var cells = Enumerable.Range(0, origins.Count).Where(i => origins[i].LsoaCode == code).ToArray();
            var lsoa = planner.Population[code];
            return new LsoaDifference(code, lsoa.LsoaName, lsoa.Total, Mean(cells, after), Mean(cells, state));
        }).ToArray();
        return new SiteChoice(site, gain.Primary, gain.PersonMinutes, (long)Math.Round(faster.Sum(i => origins[i].Residents)),
            (long)Math.Round(faster.Where(i => origins[i].MostDeprived).Sum(i => origins[i].Residents)), lsoas);
    }
}
