using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Rutland.Access.Geo;

/// <summary>
/// The two coordinate systems the service uses: WGS84 (SRID 4326, x = longitude, y = latitude) for input and output,
/// British National Grid (SRID 27700, metres) for distances and areas. Geometries carry their SRID so a mix-up is detectable.
/// </summary>
public static class GeometryFactories
{
    public const int Wgs84Srid = 4326;
    public const int BritishNationalGridSrid = 27700;

    public static GeometryFactory Wgs84 { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(Wgs84Srid);
    public static GeometryFactory BritishNationalGrid { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(BritishNationalGridSrid);

    /// <summary>A WGS84 point in GeoJSON axis order (x = longitude, y = latitude).</summary>
    public static Point Wgs84Point(LatLon p) => Wgs84.CreatePoint(new Coordinate(p.Lon, p.Lat));
}
