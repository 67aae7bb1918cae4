namespace Rutland.Access.Analysis;

/// <summary>What start-up loaded, how long it took, and what it repaired or set aside (nothing is dropped silently).</summary>
public sealed record LoadReport(TimeSpan LoadTime, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> Notes);
