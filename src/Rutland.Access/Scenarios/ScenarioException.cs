namespace Rutland.Access.Scenarios;

/// <summary>A modification that cannot apply to its view. The message names the scenario, the modification and the value.</summary>
public sealed class ScenarioException(ScenarioProblemKind kind, string message) : Exception(message)
{
    public ScenarioProblemKind Kind { get; } = kind;
}
