using Rutland.Access.Geo;

namespace Rutland.Access.Interop;

/// <summary>A spatial reference system as gpkg_spatial_ref_sys records it (GeoPackage 1.3, table 3).</summary>
public sealed record GeoPackageSrs(string Name, int Id, string Organization, int OrganizationId, string Definition, string Description)
{
    public static readonly GeoPackageSrs Wgs84 = new("WGS 84 geodetic", GeometryFactories.Wgs84Srid, "EPSG", 4326,
        """GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]""",
        "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");

    public static readonly GeoPackageSrs BritishNationalGrid = new("OSGB 1936 / British National Grid", GeometryFactories.BritishNationalGridSrid,
        "EPSG", 27700, Geo.BritishNationalGrid.Wkt, "Ordnance Survey National Grid, easting/northing in metres");

    /// <summary>The two entries every GeoPackage must have besides its own: undefined Cartesian and geographic systems.</summary>
    public static readonly GeoPackageSrs UndefinedCartesian = new("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");

    public static readonly GeoPackageSrs UndefinedGeographic = new("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
}
