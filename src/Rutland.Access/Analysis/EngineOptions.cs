namespace Rutland.Access.Analysis;

/// <summary>Where to load from. Null means the defaults of <see cref="Data.DataDirectory"/>.</summary>
public sealed record EngineOptions(string? InputsDirectory = null, string? AuthoredDirectory = null);
