using Rutland.Access.Analysis;
using Rutland.Access.Geo;
using Rutland.Access.Roads;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Applies scenarios to the engine's base view and measures them. Holds only immutable state (the base view and the
/// LSOA origins), so one instance serves concurrent requests; each call has its own <see cref="DriveColumns"/>.
/// </summary>
public sealed class ScenarioPlanner
{
    public const int MaxScenarios = 10;

    public AccessEngine Engine { get; }
    public ScenarioView BaseView { get; }
    public IReadOnlyList<LsoaOrigin> Origins { get; }

    public ScenarioPlanner(AccessEngine engine)
    {
        Engine = engine;
        BaseView = ScenarioView.Of(engine.Destinations, null);
        Origins = ScenarioOrigins.From(engine);
    }

    /// <summary>Applies the scenario to the base view: throws <see cref="ScenarioException"/> if any modification cannot apply.</summary>
    public ScenarioView Apply(Scenario scenario) => scenario.Apply(BaseView);

    public DriveColumns NewDriveColumns(double maxMinutes = double.PositiveInfinity) => new(Engine, Origins, maxMinutes);

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

    public ScenarioComparison Compare(IReadOnlyList<Scenario> scenarios, IReadOnlyList<int>? cutoffs = null)
    {
        var bands = ScenarioCutoffs.Validate(cutoffs);
        if (scenarios.Count is 0 or > MaxScenarios)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"give 1 to {MaxScenarios} scenarios, not {scenarios.Count}.");
        var repeated = scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"scenario name '{repeated.Key}' is used twice; names identify the answers.");
        var views = scenarios.Select(Apply).ToArray();
        for (int i = 0; i < views.Length; i++) RequireOnRoadNetwork(views[i], scenarios[i].Name);

        var columns = NewDriveColumns();
        // New sites are the only searches not cached by the engine; run them side by side.
        Parallel.ForEach(views.SelectMany(v => v.Destinations).DistinctBy(d => d.Location).ToArray(), d => columns.For(d));

        var baseline = Measure("baseline", BaseView, bands, columns);
        var outcomes = scenarios.Select((s, i) =>
        {
            var figures = Measure(s.Name, views[i], bands, columns);
            return new ScenarioOutcome(figures, ScenarioDifference.Between(figures, baseline));
        }).ToArray();
        return new ScenarioComparison(bands, baseline, outcomes);
    }

    public ScenarioFigures Measure(string name, ScenarioView view, IReadOnlyList<int> cutoffs, DriveColumns columns)
    {
        var byDestination = view.Destinations.Select(d => (d.Id, Minutes: columns.For(d))).ToArray();
        var lsoas = Origins.Select((o, i) =>
        {
            // Ties go to the first destination in view order, so answers never depend on enumeration order elsewhere.
            string? nearest = null;
            double? best = null;
            foreach (var (id, minutes) in byDestination)
                if (minutes[i] is { } m && (best is null || m < best)) (nearest, best) = (id, m);
            return new LsoaScenarioAccess(o.Code, o.Place.Name, o.Population.Total, o.Population.Aged65Plus, o.MostDeprived, best, nearest);
        }).ToArray();
        return new ScenarioFigures(name, view.Destinations.Select(d => d.Id).ToArray(),
            ModeFigures.Compute(Origins, lsoas.Select(l => l.DriveMinutes).ToArray(), cutoffs), lsoas);
    }
}
