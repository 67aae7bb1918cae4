using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using Rutland.Access.Interop;

namespace Rutland.Access.Tests.Interop;

/// <summary>The GeoPackage's own tables, read back with SQLite; GDAL reads the API's files in <see cref="GdalInteropTests"/>.</summary>
public class GeoPackageWriterTests
{
    [Fact]
    public void WritesBothCoordinateSystemsEveryFieldAndTheMetadata()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gpkg-test-{Guid.NewGuid():N}.gpkg");
        try
        {
            GeoPackageWriter.Write(path, [InteropFixtures.Areas()], new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
            using var db = new SqliteConnection($"Data Source={path};Pooling=False");
            db.Open();
            Assert.Equal(0x47504B47L, Scalar(db, "PRAGMA application_id"));
            Assert.Equal("test_areas:4326:MULTIPOLYGON,test_areas_bng:27700:MULTIPOLYGON",
                Scalar(db, "SELECT group_concat(table_name || ':' || srs_id || ':' || geometry_type_name) FROM (SELECT * FROM gpkg_geometry_columns ORDER BY table_name)"));
            Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM test_areas"));
            Assert.Equal(12.5, Scalar(db, "SELECT minutes_rmh FROM test_areas WHERE feature_id = 'A'"));
            Assert.Equal(DBNull.Value, Scalar(db, "SELECT minutes_melton FROM test_areas WHERE feature_id = 'B'"));
            Assert.Equal("""["X","Y"]""", Scalar(db, "SELECT codes FROM test_areas WHERE feature_id = 'A'"));
            Assert.Equal(1L, Scalar(db, "SELECT flag FROM test_areas WHERE feature_id = 'A'"));

            var geometry = new GeoPackageGeoReader { HandleSRID = true }.Read((byte[])Scalar(db, "SELECT geom FROM test_areas_bng WHERE feature_id = 'A'"));
            Assert.Equal(27700, geometry.SRID);
            Assert.InRange(geometry.Centroid.X, 480_000, 500_000); // Oakham is near easting 486 000
            Assert.Contains("<MDI key=\"method\">hand-made</MDI>", (string)Scalar(db, "SELECT metadata FROM gpkg_metadata"));
            Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM gpkg_metadata_reference WHERE reference_scope = 'table'"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static object Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
