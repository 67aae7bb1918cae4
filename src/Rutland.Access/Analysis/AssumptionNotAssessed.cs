namespace Rutland.Access.Analysis;

/// <summary>A modelled assumption that an answer's levels do not vary, and why (so its absence is never silent).</summary>
public sealed record AssumptionNotAssessed(string Name, string Reason);
