using NetTopologySuite.Geometries;
using Rutland.Access.Geo;

namespace Rutland.Access.Interop;

/// <summary>
/// One page of a layer's features as OGC API – Features serves them (Part 1, /req/core/fc-response): those whose
/// geometry intersects the bbox, in the layer's order, from <c>offset</c>, at most <c>limit</c>; <see cref="Matched"/>
/// counts every feature the bbox selects, so a client can tell a last page from a full one.
/// </summary>
public sealed record FeaturePage(IReadOnlyList<GeoJsonFeature> Features, int Matched, int Offset, int Limit)
{
    public bool HasNext => Offset + Features.Count < Matched;

    public static FeaturePage Select(FeatureLayer layer, Envelope? bbox, int offset, int limit)
    {
        var box = bbox is null ? null : GeometryFactories.Wgs84.ToGeometry(bbox);
        var matched = box is null
            ? layer.Features
            : layer.Features.Where(f => f.Geometry.EnvelopeInternal.Intersects(bbox!) && box.Intersects(f.Geometry)).ToArray();
        return new FeaturePage(matched.Skip(offset).Take(limit).ToArray(), matched.Count, offset, limit);
    }
}
