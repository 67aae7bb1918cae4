using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using Rutland.Access.Geo;

namespace Rutland.Access.Isochrones;

/// <summary>
/// Copies of finished isochrone outlines whose rings hold their points as packed x, y doubles (16 bytes a point)
/// rather than one Coordinate object each (~48 bytes with its array slot): the cache keeps up to
/// <see cref="IsochroneParameters.CachePoints"/> points twice (BNG and WGS84), 45 MB as objects, ~19 MB packed.
/// </summary>
public static class PackedOutlines
{
    private static readonly GeometryFactory Bng = NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(),
        GeometryFactories.BritishNationalGridSrid, PackedCoordinateSequenceFactory.DoubleFactory);
    private static readonly GeometryFactory Wgs84 = NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(),
        GeometryFactories.Wgs84Srid, PackedCoordinateSequenceFactory.DoubleFactory);

    /// <summary>The same geometry, packed, with the same SRID (BNG or WGS84 only).</summary>
    public static Geometry Pack(Geometry outline) => outline.SRID switch
    {
        GeometryFactories.BritishNationalGridSrid => Bng.CreateGeometry(outline),
        GeometryFactories.Wgs84Srid => Wgs84.CreateGeometry(outline),
        _ => throw new ArgumentException($"an isochrone outline is in BNG or WGS84, not SRID {outline.SRID}", nameof(outline)),
    };
}
