namespace Rutland.Access.Scenarios;

/// <summary>
/// When a scenario destination is open (local time, every day), kept with the scenario and its view. The figures do not
/// use it yet: drive times are free-flow, and PT access is measured over the engine's fixed morning departure window.
/// </summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes)
{
    public void Validate(string what)
    {
        if (Closes <= Opens)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: opening hours must close after they open ({Opens:HH\\:mm}–{Closes:HH\\:mm}).");
    }

}
