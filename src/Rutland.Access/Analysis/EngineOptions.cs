namespace Rutland.Access.Analysis;

/// <summary>
/// Where to load from. Null means the defaults of <see cref="Data.DataDirectory"/>; <paramref name="TransitFeeds"/>
/// null means <see cref="TransitFeedLoader.DefaultPaths"/> (the modelled bus feed and the rail CIF extract).
/// </summary>
public sealed record EngineOptions(string? InputsDirectory = null, string? AuthoredDirectory = null, IReadOnlyList<string>? TransitFeeds = null);
