using System.Collections.Concurrent;
using Rutland.Access.Analysis;
using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Roads;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Applies scenarios to the engine's base view and measures them from the population surface's cells, LSOA by LSOA
/// weighted as the equity report weighs them. Holds only immutable state (the base view and the origins), so one
/// instance serves concurrent requests; each call has its own <see cref="DriveColumns"/>.
/// </summary>
public sealed class ScenarioPlanner
{
    public const int MaxScenarios = 10;

    /// <summary>The equity report's thresholds, so scenario flags mean what the report's flags mean.</summary>
    public static readonly EquityThresholds Thresholds = new();

    private readonly Dictionary<string, LsoaDeprivation> _deprivation;
    private readonly IReadOnlyDictionary<string, int> _quintiles;

    public AccessEngine Engine { get; }
    public ScenarioView BaseView { get; }
    public IReadOnlyList<ResidentOrigin> Origins { get; }
    /// <summary>Each LSOA's mid-2020 residents (name, total, 65+), the unit every per-LSOA figure is given for.</summary>
    public IReadOnlyDictionary<string, LsoaPopulation> Population { get; }
    /// <summary>The public-transport question every scenario is measured with (the engine's default date and window);
    /// null when the timetable has no service dates.</summary>
    public PtQuery? PtQuery { get; }
    /// <summary>PT answers to the configured destinations on the base timetable, kept across requests (they never change).</summary>
    internal ConcurrentDictionary<LatLon, PtTravelTime[]> BasePtColumns { get; } = new();

    /// <param name="modes">The public-transport services scenarios are measured with (all by default).</param>
    public ScenarioPlanner(AccessEngine engine, PtModes modes = PtModes.All)
    {
        Engine = engine;
        BaseView = ScenarioView.Of(engine.Destinations, engine.Transit.Feed);
        _quintiles = ScenarioOrigins.DeprivationQuintiles(engine);
        Origins = ScenarioOrigins.From(engine, _quintiles);
        Population = engine.Equity.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode, StringComparer.Ordinal);
        _deprivation = engine.Equity.Imd2019ByLsoa11.ToDictionary(p => p.LsoaCode, StringComparer.Ordinal);
        PtQuery = engine.Transit.DefaultDate is { } date ? new PtQuery { Date = date, Modes = modes } : null;
    }

    /// <summary>Applies the scenario to the base view: throws <see cref="ScenarioException"/> if any modification cannot apply.</summary>
    public ScenarioView Apply(Scenario scenario) => scenario.Apply(BaseView);

    public DriveColumns NewDriveColumns(double maxMinutes = double.PositiveInfinity, AssumptionLevel level = AssumptionLevel.Central) =>
        new(Engine, Origins, maxMinutes, level);

    /// <summary>PT columns for <paramref name="query"/> (another date or window), or the planner's own when null.</summary>
    public PtColumns? NewPtColumns(PtQuery? query = null, AssumptionLevel level = AssumptionLevel.Central, CancellationToken cancellationToken = default) =>
        (query ?? PtQuery) is { } q ? new PtColumns(this, q, Engine.Assumptions.Transit(level), cancellationToken) : null;

    /// <summary>The base view at an assumption level: the level's timetable (modelled bus times varied), the same destinations.</summary>
    public ScenarioView BaseViewAt(AssumptionLevel level) =>
        level == AssumptionLevel.Central ? BaseView : ScenarioView.Of(Engine.Destinations, Engine.Assumptions.Transit(level).Feed);

    /// <summary>A new site must be reachable by road: one further than the snap limit would be searched as if beyond the
    /// extract, through its exits, which is meaningless inside the county.</summary>
    public bool IsOnRoadNetwork(LatLon location) => Engine.Car.Snap(location, SnapPolicy.MaxSnapMeters) is not null;

    private void RequireOnRoadNetwork(ScenarioView view, string scenario)
    {
        foreach (var d in view.Destinations)
            if (Engine.FindDestination(d.Id)?.Location != d.Location && !IsOnRoadNetwork(d.Location))
                throw new ScenarioException(ScenarioProblemKind.Unanswerable,
                    $"scenario '{scenario}': destination '{d.Id}' at ({d.Location}) is more than {SnapPolicy.MaxSnapMeters} m from the road network.");
    }

    /// <param name="ptQuery">The public-transport question, when not the planner's default (<see cref="PtQuery"/>).</param>
    /// <param name="level">The modelled assumptions' level: scenarios apply to that level's base view.</param>
    /// <param name="cancellationToken">Stops the public-transport searches, the heavy part (one over every surface cell
    /// per changed timetable), with an <see cref="OperationCanceledException"/>.</param>
    public ScenarioComparison Compare(IReadOnlyList<Scenario> scenarios, IReadOnlyList<int>? cutoffs = null, PtQuery? ptQuery = null,
        AssumptionLevel level = AssumptionLevel.Central, CancellationToken cancellationToken = default)
    {
        var bands = ScenarioCutoffs.Validate(cutoffs);
        if (scenarios.Count is 0 or > MaxScenarios)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"give 1 to {MaxScenarios} scenarios, not {scenarios.Count}.");
        var repeated = scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"scenario name '{repeated.Key}' is used twice; names identify the answers.");
        var baseView = BaseViewAt(level);
        var views = scenarios.Select(s => s.Apply(baseView)).ToArray();
        for (int i = 0; i < views.Length; i++) RequireOnRoadNetwork(views[i], scenarios[i].Name);

        var columns = NewDriveColumns(level: level);
        var pt = NewPtColumns(ptQuery, level, cancellationToken);
        // New sites are the only drive searches not cached by the engine; run them side by side.
        Parallel.ForEach(views.SelectMany(v => v.Destinations).DistinctBy(d => d.Location).ToArray(),
            new ParallelOptions { CancellationToken = cancellationToken }, d => columns.For(d));

        var baseline = Measure("baseline", baseView, bands, columns, pt);
        var outcomes = scenarios.Select((s, i) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var figures = Measure(s.Name, views[i], bands, columns, pt);
            return new ScenarioOutcome(figures, ScenarioDifference.Between(figures, baseline));
        }).ToArray();
        return new ScenarioComparison(bands, baseline, outcomes);
    }

    /// <summary>
    /// The figures of a view; with <paramref name="pt"/> also public transport and the equity flags. County figures are
    /// over every cell's residents and its nearest destination; each LSOA's are its cells' access weighted as the equity
    /// report weighs it (<see cref="PopulationWeightedAccess"/>), then its nearest destination.
    /// </summary>
    public ScenarioFigures Measure(string name, ScenarioView view, IReadOnlyList<int> cutoffs, DriveColumns drive, PtColumns? pt = null)
    {
        var ids = view.Destinations.Select(d => d.Id).ToArray();
        var driveColumns = view.Destinations.Select(d => drive.For(d)).ToArray();
        var ptColumns = pt?.For(view);
        var perLsoa = Origins.Select((o, i) => (Origin: o, Index: i)).GroupBy(x => x.Origin.LsoaCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => PopulationWeightedAccess.Of(g.Key, [.. g.Select(x => Weighted(x.Origin, CellAccess(x.Origin, x.Index, ids, driveColumns, ptColumns)))], ids))
            .ToArray();
        var lsoas = perLsoa.Select(a =>
        {
            var lsoa = Population[a.LsoaCode];
            var (driveNearest, driveMinutes) = Nearest(view, d => a.DriveMinutes[ids[d]]);
            var (ptNearest, ptMinutes) = ptColumns is null ? (null, null) : Nearest(view, d => a.PublicTransport[ids[d]].P50Minutes);
            return new LsoaScenarioAccess(a.LsoaCode, lsoa.LsoaName, lsoa.Total, lsoa.Aged65Plus, _quintiles[a.LsoaCode] == LocalQuintiles.Worst,
                driveMinutes, driveNearest, ptMinutes, ptNearest);
        }).ToArray();

        var flags = ptColumns is null ? null : EquityFlagRules.Evaluate(perLsoa, Population, _deprivation, Thresholds);
        return new ScenarioFigures(name, ids,
            ModeFigures.Compute(Origins, NearestDriveMinutes(view, driveColumns), cutoffs, Thresholds.NoTimeMinutes),
            ptColumns is null ? null
                : ModeFigures.Compute(Origins, Origins.Select((_, i) => Nearest(view, d => ptColumns[d][i].Minutes).Minutes).ToArray(), cutoffs, Thresholds.NoTimeMinutes),
            lsoas, flags);
    }

    /// <summary>One cell's access to each destination of the view, keyed by destination id.</summary>
    private static LsoaAccessInput CellAccess(ResidentOrigin origin, int index, string[] ids, double?[][] drive, IReadOnlyList<PtTravelTime[]>? pt) =>
        new(origin.LsoaCode,
            ids.Select((id, d) => (id, drive[d][index])).ToDictionary(p => p.id, p => p.Item2),
            ids.Select((id, d) => (id, pt is null ? NoPt : new PtAccess(pt[d][index].Minutes, pt[d][index].ReachableShare))).ToDictionary(p => p.id, p => p.Item2));

    /// <summary>A cell as its share of its LSOA's residents.</summary>
    private WeightedLsoa Weighted(ResidentOrigin origin, LsoaAccessInput access)
    {
        var lsoa = Population[origin.LsoaCode];
        return new WeightedLsoa(access, lsoa, lsoa.Total > 0 ? origin.Residents / lsoa.Total : 0);
    }

    /// <summary>PT access where the answer has no public transport: never read (no PT figures or flags are made).</summary>
    private static readonly PtAccess NoPt = new(null, 0);

    /// <summary>Each origin's drive minutes to the nearest destination of the view (null = no route to any).</summary>
    public double?[] NearestDriveMinutes(ScenarioView view, DriveColumns drive) =>
        NearestDriveMinutes(view, view.Destinations.Select(d => drive.For(d)).ToArray());

    private double?[] NearestDriveMinutes(ScenarioView view, double?[][] columns) =>
        Origins.Select((_, i) => Nearest(view, d => columns[d][i]).Minutes).ToArray();

    /// <summary>The nearest destination and its minutes; ties go to the first in view order, so answers never depend on enumeration order elsewhere.</summary>
    private static (string? Id, double? Minutes) Nearest(ScenarioView view, Func<int, double?> minutesTo)
    {
        string? nearest = null;
        double? best = null;
        for (int d = 0; d < view.Destinations.Length; d++)
            if (minutesTo(d) is { } m && (best is null || m < best)) (nearest, best) = (view.Destinations[d].Id, m);
        return (nearest, best);
    }
}
