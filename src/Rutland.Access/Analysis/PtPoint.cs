using Rutland.Access.Geo;

namespace Rutland.Access.Analysis;

/// <summary>An origin or destination of a public-transport question: a place or destination id (or a label for a bare point) and where it is.</summary>
public sealed record PtPoint(string Id, LatLon Location);
