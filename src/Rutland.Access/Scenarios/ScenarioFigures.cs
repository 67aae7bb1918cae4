namespace Rutland.Access.Scenarios;

/// <summary>The figures of one scenario (or the baseline): its destinations, drive access, and every LSOA's access.</summary>
public sealed record ScenarioFigures(string Name, IReadOnlyList<string> Destinations, ModeFigures Drive, IReadOnlyList<LsoaScenarioAccess> Lsoas);
