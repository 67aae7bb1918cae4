namespace Rutland.Access.Scenarios;

/// <summary>A named set of modifications, applied in order to a base view.</summary>
public sealed record Scenario(string Name, IReadOnlyList<IScenarioModification> Modifications)
{
    public const int MaxModifications = 50;

    public ScenarioView Apply(ScenarioView baseView)
    {
        ScenarioText.Require("scenario", "name", Name);
        if (Modifications is null || Modifications.Any(m => m is null))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"scenario '{Name}': 'modifications' must be a list of modifications.");
        if (Modifications.Count > MaxModifications)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"scenario '{Name}': {Modifications.Count} modifications; at most {MaxModifications}.");
        var view = baseView;
        foreach (var m in Modifications)
        {
            try { view = m.Apply(view); }
            catch (ScenarioException ex) { throw new ScenarioException(ex.Kind, $"scenario '{Name}': {ex.Message}"); }
        }
        return view;
    }
}
