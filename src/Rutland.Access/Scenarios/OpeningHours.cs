namespace Rutland.Access.Scenarios;

/// <summary>
/// When a scenario destination is open (local time, every day). Drive times are free-flow and do not depend on it;
/// public-transport access only counts journeys arriving while it is open.
/// </summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes)
{
    public void Validate(string what)
    {
        if (Closes <= Opens)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: opening hours must close after they open ({Opens:HH\\:mm}–{Closes:HH\\:mm}).");
    }

    public bool IsOpenAt(int secondsSinceMidnight) =>
        secondsSinceMidnight >= Opens.ToTimeSpan().TotalSeconds && secondsSinceMidnight <= Closes.ToTimeSpan().TotalSeconds;
}
