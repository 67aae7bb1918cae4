using Rutland.Access.Geo;

namespace Rutland.Access.Scenarios;

/// <summary>A place a new site could go.</summary>
public sealed record SiteCandidate(string Id, LatLon Location);
