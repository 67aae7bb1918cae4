using NetTopologySuite.Geometries;

namespace Rutland.Access.Equity;

/// <summary>A statistical or electoral area (LSOA, ward) with its valid polygonal boundary in British National Grid metres.</summary>
public sealed record AreaBoundary(string Code, string Name, Geometry Bng);
