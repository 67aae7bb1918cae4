using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Rutland.Access.Geo;

namespace Rutland.Access.Interop;

/// <summary>
/// Writes layers as an OGC GeoPackage 1.3 (an SQLite file): geometries encoded by NetTopologySuite.IO.GeoPackage, one
/// table per layer in EPSG:4326 with a column for every flattened property (<see cref="FlatProperties"/>), plus a twin
/// table <c>{layer}_bng</c> in EPSG:27700 for a layer made in British National Grid. The answer's method, provenance,
/// window and warnings go into gpkg_metadata (metadata extension) referenced from the layer's tables, as GDAL-style
/// metadata items, so QGIS and ogrinfo show them beside the layer; the description column of gpkg_contents says the same
/// in one line.
/// </summary>
public static class GeoPackageWriter
{
    /// <summary>'GPKG' as the SQLite application id and 1.3.0 as the user version (GeoPackage 1.3, requirement 2).</summary>
    private const int ApplicationId = 0x47504B47;
    private const int UserVersion = 10300;

    /// <summary>GDAL reads gpkg_metadata rows with this standard URI and MIME type as its own metadata items.</summary>
    private const string GdalMetadataUri = "http://gdal.org";

    /// <summary>The feature id column (GeoPackage's integer primary key), the geometry column and the GeoJSON id.</summary>
    public const string FidColumn = "fid", GeometryColumn = "geom", FeatureIdColumn = "feature_id";

    public const string BngTableSuffix = "_bng";

    /// <summary>Writes a GeoPackage to a byte array (through a temporary file: SQLite writes files).</summary>
    public static byte[] ToBytes(IReadOnlyList<FeatureLayer> layers, DateTimeOffset written)
    {
        string path = Path.Combine(Path.GetTempPath(), $"rutland-access-{Guid.NewGuid():N}.gpkg");
        try
        {
            Write(path, layers, written);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static void Write(string path, IReadOnlyList<FeatureLayer> layers, DateTimeOffset written)
    {
        // No pooling: the file must be closed (and deletable) when this returns.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {UserVersion};");
        CreateCoreTables(connection);
        foreach (var srs in new[] { GeoPackageSrs.UndefinedCartesian, GeoPackageSrs.UndefinedGeographic, GeoPackageSrs.Wgs84, GeoPackageSrs.BritishNationalGrid })
            Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $id, $org, $orgId, $definition, $description)",
                ("$name", srs.Name), ("$id", srs.Id), ("$org", srs.Organization), ("$orgId", srs.OrganizationId),
                ("$definition", srs.Definition), ("$description", srs.Description));
        string timestamp = written.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
        foreach (var layer in layers)
        {
            var fields = FlatProperties.Schema(layer.Features.Select(f => f.Properties));
            string table = TableName(layer.Id);
            long metadataId = InsertMetadata(connection, layer);
            WriteTable(connection, layer, fields, table, GeoPackageSrs.Wgs84, g => g, timestamp, metadataId);
            if (layer.NativeCrs == NativeCrs.BritishNationalGrid)
                WriteTable(connection, layer, fields, table + BngTableSuffix, GeoPackageSrs.BritishNationalGrid, BritishNationalGrid.ToBng,
                    timestamp, metadataId);
        }
        transaction.Commit();
    }

    /// <summary>Layer ids use '-' (URLs); table names use '_' so they need no quoting in SQL.</summary>
    public static string TableName(string layerId) => layerId.Replace('-', '_');

    private static void WriteTable(SqliteConnection connection, FeatureLayer layer, IReadOnlyList<FlatField> fields, string table,
        GeoPackageSrs srs, Func<Geometry, Geometry> project, string timestamp, long metadataId)
    {
        var reserved = new[] { FidColumn, GeometryColumn, FeatureIdColumn };
        if (fields.FirstOrDefault(f => reserved.Contains(f.Name, StringComparer.OrdinalIgnoreCase)) is { } clash)
            throw new InvalidOperationException($"layer {layer.Id}: property '{clash.Name}' clashes with a GeoPackage column of the same name");
        string geometryType = GeometryTypeName(layer.Features.Select(f => f.Geometry));
        var columns = fields.Select(f => $", {Quote(f.Name)} {SqlType(f.Kind)}");
        Execute(connection, $"CREATE TABLE {Quote(table)} ({FidColumn} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, " +
                            $"{GeometryColumn} {geometryType}, {FeatureIdColumn} TEXT{string.Concat(columns)})");

        var extent = new Envelope();
        var writer = new GeoPackageGeoWriter();
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"INSERT INTO {Quote(table)} ({GeometryColumn}, {FeatureIdColumn}{string.Concat(fields.Select(f => ", " + Quote(f.Name)))}) " +
                                 $"VALUES ($geom, $id{string.Concat(fields.Select((_, i) => $", $p{i}"))})";
            var geomParameter = insert.Parameters.Add("$geom", SqliteType.Blob);
            var idParameter = insert.Parameters.Add("$id", SqliteType.Text);
            var valueParameters = fields.Select((_, i) => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
            foreach (var feature in layer.Features)
            {
                var geometry = Promote(project(feature.Geometry), geometryType);
                extent.ExpandToInclude(geometry.EnvelopeInternal);
                geomParameter.Value = writer.Write(geometry);
                idParameter.Value = (object?)feature.Id ?? DBNull.Value;
                var values = FlatProperties.Flatten(feature.Properties).ToDictionary(kv => kv.Key, kv => kv.Value);
                for (int i = 0; i < fields.Count; i++)
                {
                    var value = values.TryGetValue(fields[i].Name, out var v) ? FlatProperties.Value(v, fields[i].Kind) : null;
                    valueParameters[i].SqliteType = value switch { long or bool => SqliteType.Integer, double => SqliteType.Real, _ => SqliteType.Text };
                    valueParameters[i].Value = value ?? DBNull.Value;
                }
                insert.ExecuteNonQuery();
            }
        }

        object? Bound(double v) => extent.IsNull ? DBNull.Value : v;
        Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id) " +
                            "VALUES ($table, 'features', $identifier, $description, $changed, $minx, $miny, $maxx, $maxy, $srs)",
            ("$table", table), ("$identifier", srs == GeoPackageSrs.Wgs84 ? layer.Title : $"{layer.Title} (British National Grid)"),
            ("$description", Describe(layer, srs)), ("$changed", timestamp),
            ("$minx", Bound(extent.MinX)), ("$miny", Bound(extent.MinY)), ("$maxx", Bound(extent.MaxX)), ("$maxy", Bound(extent.MaxY)),
            ("$srs", srs.Id));
        Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ($table, $column, $type, $srs, 0, 0)",
            ("$table", table), ("$column", GeometryColumn), ("$type", geometryType), ("$srs", srs.Id));
        Execute(connection, "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, timestamp, md_file_id) VALUES ('table', $table, $ts, $md)",
            ("$table", table), ("$ts", timestamp), ("$md", metadataId));
    }

    private static string Describe(FeatureLayer layer, GeoPackageSrs srs) =>
        $"{layer.Description} {(srs == GeoPackageSrs.Wgs84 ? "WGS 84 (EPSG:4326)" : "British National Grid (EPSG:27700), projected from the WGS 84 answer (6 decimals, ~0.1 m)")}. " +
        "Nested JSON members are columns joined by '_', lists are JSON text. Method, provenance and window: this table's metadata (gpkg_metadata).";

    /// <summary>The answer's collection members as GDAL metadata items: strings as they are, anything else as its JSON.</summary>
    private static long InsertMetadata(SqliteConnection connection, FeatureLayer layer)
    {
        var xml = new XElement("GDALMultiDomainMetadata", new XElement("Metadata", layer.Metadata.Select(m => new XElement("MDI",
            new XAttribute("key", m.Key), m.Value.ValueKind == JsonValueKind.String ? m.Value.GetString() : m.Value.GetRawText()))));
        Execute(connection, "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) VALUES ('dataset', $uri, 'text/xml', $xml)",
            ("$uri", GdalMetadataUri), ("$xml", xml.ToString(SaveOptions.DisableFormatting)));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_insert_rowid()";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>One declared type per table: points, or polygons and lines promoted to their multi types, else GEOMETRY.</summary>
    private static string GeometryTypeName(IEnumerable<Geometry> geometries)
    {
        var types = geometries.Select(g => g switch
        {
            Point => "POINT",
            Polygon or MultiPolygon => "MULTIPOLYGON",
            LineString or MultiLineString => "MULTILINESTRING",
            _ => "GEOMETRY",
        }).Distinct().ToArray();
        return types.Length == 1 ? types[0] : "GEOMETRY";
    }

    private static Geometry Promote(Geometry geometry, string declaredType) => (geometry, declaredType) switch
    {
        (Polygon p, "MULTIPOLYGON") => p.Factory.CreateMultiPolygon([p]),
        (LineString l, "MULTILINESTRING") => l.Factory.CreateMultiLineString([l]),
        _ => geometry,
    };

    private static string SqlType(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "INTEGER",
        FieldKind.Real => "REAL",
        FieldKind.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>The required tables (GeoPackage 1.3 annex C) and the metadata extension's two tables, registered.</summary>
    private static void CreateCoreTables(SqliteConnection connection) => Execute(connection, """
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
          description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
          scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        CREATE TABLE gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL, md_scope TEXT NOT NULL DEFAULT 'dataset',
          md_standard_uri TEXT NOT NULL, mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '');
        CREATE TABLE gpkg_metadata_reference (reference_scope TEXT NOT NULL, table_name TEXT, column_name TEXT, row_id_value INTEGER,
          timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), md_file_id INTEGER NOT NULL, md_parent_id INTEGER,
          CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES gpkg_metadata(id),
          CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES gpkg_metadata(id));
        INSERT INTO gpkg_extensions VALUES ('gpkg_metadata', NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec120/#extension_metadata', 'read-write');
        INSERT INTO gpkg_extensions VALUES ('gpkg_metadata_reference', NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec120/#extension_metadata', 'read-write');
        """);
}
