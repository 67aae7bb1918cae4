namespace Rutland.Access.Scenarios;

/// <summary>The baseline, and each scenario with its difference from the baseline (scenario minus baseline).</summary>
public sealed record ScenarioComparison(IReadOnlyList<int> Cutoffs, ScenarioFigures Baseline, IReadOnlyList<ScenarioOutcome> Scenarios);

public sealed record ScenarioOutcome(ScenarioFigures Figures, ScenarioDifference VersusBaseline);
