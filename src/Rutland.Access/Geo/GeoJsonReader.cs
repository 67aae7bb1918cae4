using System.Text.Json;
using NetTopologySuite.Geometries;
using Rutland.Access.Data;

namespace Rutland.Access.Geo;

/// <summary>
/// Reads RFC 7946 GeoJSON into WGS84 geometries (SRID 4326, x = longitude): geometries by NetTopologySuite.IO.GeoJSON4STJ,
/// the FeatureCollection around them here (ids, properties kept as JSON, the old "crs" member), and
/// <see cref="Rfc7946Checks"/> for what the library does not check. Strict: a null geometry, an unclosed ring, a position
/// out of range or a wrong type is an error naming the source, the feature index and the JSON member, because a silently
/// skipped boundary would skew every figure computed from it. Altitudes are accepted and dropped.
/// </summary>
public static class GeoJsonReader
{
    // Older files name their CRS (GeoJSON 2008); anything but WGS84 longitude/latitude would be misread.
    private static readonly HashSet<string> Wgs84CrsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326",
    };

    public static IReadOnlyList<GeoJsonFeature> ReadFeatureCollection(string path)
    {
        if (!File.Exists(path)) throw new DataFileException(path, null, "file not found");
        using var stream = File.OpenRead(path);
        return ReadFeatureCollection(stream, path);
    }

    public static IReadOnlyList<GeoJsonFeature> ReadFeatureCollection(Stream s, string sourceName)
    {
        using var document = Parse(s, sourceName);
        var root = document.RootElement;
        try
        {
            RequireType(root, "FeatureCollection", "FeatureCollection");
            CheckCrs(root);
            var features = Rfc7946Checks.Member(root, "features", JsonValueKind.Array, "FeatureCollection");
            var result = new List<GeoJsonFeature>(features.GetArrayLength());
            int index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                try { result.Add(ReadFeature(feature)); }
                catch (InvalidGeoJsonException ex)
                {
                    throw new DataFileException(sourceName, null, $"feature {index}{DescribeId(feature)}: {ex.Message}");
                }
                index++;
            }
            return result;
        }
        catch (InvalidGeoJsonException ex)
        {
            throw new DataFileException(sourceName, null, ex.Message);
        }
    }

    /// <summary>Reads one GeoJSON geometry object, e.g. from a request body; errors name <paramref name="sourceName"/>.</summary>
    public static Geometry ReadGeometry(JsonElement geometry, string sourceName)
    {
        try { return ParseGeometry(geometry, "geometry"); }
        catch (InvalidGeoJsonException ex) { throw new DataFileException(sourceName, null, ex.Message); }
    }

    private static JsonDocument Parse(Stream s, string sourceName)
    {
        try { return JsonDocument.Parse(s); }
        catch (JsonException ex)
        {
            throw new DataFileException(sourceName, ex.LineNumber + 1, $"not valid JSON: {ex.Message}", ex);
        }
    }

    private static void CheckCrs(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null) return;
        string? name = crs.ValueKind == JsonValueKind.Object
                       && crs.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                       && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? n.GetString()
            : null;
        if (name is null || !Wgs84CrsNames.Contains(name))
            throw new InvalidGeoJsonException($"crs: '{name ?? crs.GetRawText()}' is not WGS84 longitude/latitude (RFC 7946 requires CRS84)");
    }

    private static GeoJsonFeature ReadFeature(JsonElement feature)
    {
        RequireType(feature, "Feature", "feature");
        string? id = null;
        if (feature.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new InvalidGeoJsonException($"id: expected a string or number but found {idElement.ValueKind}"),
            };
        }
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
            throw new InvalidGeoJsonException("geometry: missing or null; every feature needs a geometry");
        return new GeoJsonFeature(id, ParseGeometry(geometry, "geometry"), ReadProperties(feature));
    }

    private static IReadOnlyDictionary<string, JsonElement> ReadProperties(JsonElement feature)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!feature.TryGetProperty("properties", out var element) || element.ValueKind == JsonValueKind.Null)
            return properties;
        if (element.ValueKind != JsonValueKind.Object)
            throw new InvalidGeoJsonException($"properties: expected an object or null but found {element.ValueKind}");
        // One clone detaches the whole object from the document, which is disposed when reading ends.
        foreach (var property in element.Clone().EnumerateObject())
            properties[property.Name] = property.Value;
        return properties;
    }

    private static string DescribeId(JsonElement feature) =>
        feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("id", out var id)
            && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? $" (id {id.GetRawText()})"
            : "";

    /// <summary>
    /// The library reads the geometry; when it refuses one, <see cref="Rfc7946Checks.Diagnose"/> says where, and the
    /// library's own words stand when our checks find nothing.
    /// </summary>
    private static Geometry ParseGeometry(JsonElement geometry, string where)
    {
        Rfc7946Checks.CheckStructure(geometry, where);
        Geometry result;
        try
        {
            result = geometry.Deserialize<Geometry>(GeoJsonLibrary.Options)!;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            throw new InvalidGeoJsonException(Rfc7946Checks.Diagnose(geometry, where) ?? $"{where}: {ex.Message}");
        }
        Rfc7946Checks.CheckPositions(result, where);
        return result;
    }

    /// <summary>Checks the object's "type" against <paramref name="expected"/>.</summary>
    private static void RequireType(JsonElement element, string expected, string where)
    {
        Rfc7946Checks.RequireKind(element, JsonValueKind.Object, where);
        var type = Rfc7946Checks.Member(element, "type", JsonValueKind.String, where).GetString()!;
        if (type != expected)
            throw new InvalidGeoJsonException($"type: expected '{expected}' but found '{type}'");
    }
}
