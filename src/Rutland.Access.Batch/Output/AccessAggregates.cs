using Rutland.Access.Batch.Run;

namespace Rutland.Access.Batch.Output;

/// <summary>
/// Equity aggregates from the origin table and the matrix alone — so a merge of shards computes them exactly as a
/// single run does. Sums run in origin order, so the floating-point results are the same bytes every time.
/// </summary>
public static class AccessAggregates
{
    public static IReadOnlyList<AggregateRow> Compute(RunDescription run, IReadOnlyList<OriginRow> origins, IReadOnlyList<MatrixRow> matrix)
    {
        var byOrigin = matrix.GroupBy(r => r.Origin).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var modeWindows = run.Modes.SelectMany(m => !m.Timetabled
            ? [(ModeNames.Of(m), (string?)null)]
            : run.Windows.Select(w => (ModeNames.Of(m), (string?)w.Id))).ToArray();
        var rows = new List<AggregateRow>();
        foreach (var scenario in run.Scenarios)
        {
            var open = RunDestinations.Open(run, scenario);
            foreach (var (mode, window) in modeWindows)
            {
                var nearest = origins.Select(o => (Origin: o, Minutes: Nearest(byOrigin.GetValueOrDefault(o.Id) ?? [], open, mode, window))).ToArray();
                var groups = new List<(int? Quintile, (OriginRow Origin, double? Minutes)[] Members)> { (null, nearest) };
                groups.AddRange(nearest.Where(n => n.Origin.Imd2019Decile is not null)
                    .GroupBy(n => Quintile(n.Origin.Imd2019Decile!.Value)).OrderBy(g => g.Key)
                    .Select(g => ((int?)g.Key, g.ToArray())));
                foreach (var (quintile, members) in groups)
                    foreach (int cutoff in run.CutoffsMinutes)
                        rows.Add(Row(scenario.Id, mode, window, quintile, cutoff, members));
            }
        }
        return rows;
    }

    /// <summary>National IMD quintile (1 = most deprived fifth) from the national decile.</summary>
    public static int Quintile(int decile) => (decile + 1) / 2;

    private static double? Nearest(MatrixRow[] rows, IReadOnlySet<string> open, string mode, string? window)
    {
        double? best = null;
        foreach (var r in rows)
            if (r.Mode == mode && r.Window == window && r.Reachable && r.Minutes is { } m && open.Contains(r.Destination) && (best is null || m < best))
                best = m;
        return best;
    }

    private static AggregateRow Row(string scenario, string mode, string? window, int? quintile, int cutoff,
        (OriginRow Origin, double? Minutes)[] members)
    {
        long population = 0, beyond = 0, unreachable = 0;
        double weightedMinutes = 0;
        long reachedPopulation = 0;
        int originsBeyond = 0;
        foreach (var (origin, minutes) in members)
        {
            bool isBeyond = minutes is not { } m || m > cutoff;
            if (isBeyond) originsBeyond++;
            if (origin.Population is not { } people) continue;
            population += people;
            if (isBeyond) beyond += people;
            if (minutes is { } reached) { weightedMinutes += reached * people; reachedPopulation += people; }
            else unreachable += people;
        }
        return new AggregateRow
        {
            Scenario = scenario, Mode = mode, Window = window, ImdQuintile = quintile, CutoffMinutes = cutoff,
            Origins = members.Length, OriginsBeyond = originsBeyond, Population = population, PopulationBeyond = beyond,
            PopulationUnreachable = unreachable,
            PopulationWeightedMinutes = reachedPopulation > 0 ? weightedMinutes / reachedPopulation : null,
        };
    }
}
