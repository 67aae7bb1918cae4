using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Rutland.Access.Geo;

/// <summary>
/// WGS84 ⇄ British National Grid (EPSG:27700) through ProjNET: a 7-parameter Helmert shift to the OSGB36 datum, then
/// Ordnance Survey's Transverse Mercator on the Airy 1830 ellipsoid. The Helmert shift is good to a few metres
/// (OS quote ~5 m); OSTN15 would be needed for centimetres, which travel-time work does not need.
/// </summary>
public static class BritishNationalGrid
{
    /// <summary>EPSG:27700 as OGC WKT 1, also the definition GeoPackages carry for their BNG layers.</summary>
    public const string Wkt =
        """
        PROJCS["OSGB 1936 / British National Grid",
          GEOGCS["OSGB 1936",
            DATUM["OSGB_1936",
              SPHEROID["Airy 1830",6377563.396,299.3249646,AUTHORITY["EPSG","7001"]],
              TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],
              AUTHORITY["EPSG","6277"]],
            PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],
            UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],
            AUTHORITY["EPSG","4277"]],
          PROJECTION["Transverse_Mercator"],
          PARAMETER["latitude_of_origin",49],
          PARAMETER["central_meridian",-2],
          PARAMETER["scale_factor",0.9996012717],
          PARAMETER["false_easting",400000],
          PARAMETER["false_northing",-100000],
          UNIT["metre",1,AUTHORITY["EPSG","9001"]],
          AXIS["Easting",EAST],
          AXIS["Northing",NORTH],
          AUTHORITY["EPSG","27700"]]
        """;

    // ProjNET does not document its transforms as thread-safe and they hold mutable fields (IsInverse flags,
    // Invert() flips state in place), so each request thread gets its own pair rather than sharing one.
    private static readonly ThreadLocal<Transforms> PerThread = new(CreateTransforms);

    private sealed record Transforms(MathTransform ToBng, MathTransform ToWgs84);

    private static Transforms CreateTransforms()
    {
        var bng = new CoordinateSystemFactory().CreateFromWkt(Wkt);
        var factory = new CoordinateTransformationFactory();
        return new Transforms(
            factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, bng).MathTransform,
            factory.CreateFromCoordinateSystems(bng, GeographicCoordinateSystem.WGS84).MathTransform);
    }

    public static (double Easting, double Northing) ToBng(LatLon p) => PerThread.Value!.ToBng.Transform(p.Lon, p.Lat);

    public static LatLon ToWgs84(double easting, double northing)
    {
        var (lon, lat) = PerThread.Value!.ToWgs84.Transform(easting, northing);
        return new LatLon(lat, lon);
    }

    /// <summary>A copy of a WGS84 geometry (SRID 4326, x = longitude) in British National Grid metres (SRID 27700).</summary>
    public static Geometry ToBng(Geometry wgs84) =>
        Reproject(wgs84, GeometryFactories.Wgs84Srid, GeometryFactories.BritishNationalGrid, PerThread.Value!.ToBng);

    /// <summary>A copy of a British National Grid geometry (SRID 27700) in WGS84 (SRID 4326, x = longitude).</summary>
    public static Geometry ToWgs84(Geometry bng) =>
        Reproject(bng, GeometryFactories.BritishNationalGridSrid, GeometryFactories.Wgs84, PerThread.Value!.ToWgs84);

    private static Geometry Reproject(Geometry source, int expectedSrid, GeometryFactory target, MathTransform transform)
    {
        if (source.SRID != expectedSrid)
            throw new ArgumentException($"expected a geometry with SRID {expectedSrid} but it has SRID {source.SRID}", nameof(source));
        var copy = target.CreateGeometry(source);
        copy.Apply(new TransformFilter(transform));
        return copy;
    }

    private sealed class TransformFilter(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
