namespace Rutland.Access.Scenarios;

/// <summary>A scenario kept under an id, and when it was last saved (UTC).</summary>
public sealed record SavedScenario(string Id, Scenario Scenario, DateTimeOffset SavedAt);
