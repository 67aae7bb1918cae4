namespace Rutland.Access.Equity;

/// <summary>The areas of one boundary file and the repairs their published polygons needed.</summary>
public sealed record BoundarySet(IReadOnlyList<AreaBoundary> Areas, IReadOnlyList<GeometryRepairNote> Repairs);
