namespace Rutland.Access.Scenarios;

/// <summary>Closes a destination: nobody travels to it in the scenario.</summary>
public sealed record RemoveDestination(string Id) : IScenarioModification
{
    public ScenarioView Apply(ScenarioView view)
    {
        var destination = view.FindDestination(Id)
            ?? throw new ScenarioException(ScenarioProblemKind.UnknownId,
                $"removeDestination: no destination '{Id}'. Known: {string.Join(", ", view.Destinations.Select(d => d.Id))}.");
        return view with { Destinations = view.Destinations.Remove(destination), OpeningHours = view.OpeningHours.Remove(Id) };
    }
}
