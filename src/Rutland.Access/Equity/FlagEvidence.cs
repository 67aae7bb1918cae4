namespace Rutland.Access.Equity;

/// <summary>One figure or threshold behind a flag, e.g. ("pt_p50_nearest_minutes", 72) or ("threshold_minutes", 60).</summary>
public readonly record struct FlagEvidence(string Name, double Value);
