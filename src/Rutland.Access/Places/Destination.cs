using Rutland.Access.Geo;

namespace Rutland.Access.Places;

/// <summary>A service people travel to (a hospital, a clinic, a candidate site).</summary>
public sealed record Destination(string Id, string Name, string? OdsCode, LatLon Location, string Kind, string CoordinateSource);
