namespace Rutland.Access.Scenarios;

/// <summary>Names and ids written by people into scenarios: present, and short enough to show in a table or a map legend.</summary>
public static class ScenarioText
{
    /// <summary>Longest scenario, site or route name or id accepted; longer text is a paste mistake, not a name.</summary>
    public const int MaxLength = 200;

    public static void Require(string what, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: '{field}' must not be empty.");
        if (value.Length > MaxLength)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: '{field}' has {value.Length} characters; at most {MaxLength}.");
    }
}
