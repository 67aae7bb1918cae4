using System.Text.Json;
using NetTopologySuite.Geometries;
using Rutland.Access.Data;

namespace Rutland.Access.Geo;

/// <summary>
/// Reads RFC 7946 GeoJSON into WGS84 geometries (SRID 4326, x = longitude). Strict: a null geometry, an unclosed ring,
/// a position out of range or a wrong type is an error naming the source, the feature index and the JSON member,
/// because a silently skipped boundary would skew every figure computed from it. Altitudes are accepted and dropped.
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
            var features = Member(root, "features", JsonValueKind.Array, "FeatureCollection");
            var result = new List<GeoJsonFeature>(features.GetArrayLength());
            int index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                try { result.Add(ReadFeature(feature)); }
                catch (InvalidGeoJson ex)
                {
                    throw new DataFileException(sourceName, null, $"feature {index}{DescribeId(feature)}: {ex.Message}");
                }
                index++;
            }
            return result;
        }
        catch (InvalidGeoJson ex)
        {
            throw new DataFileException(sourceName, null, ex.Message);
        }
    }

    /// <summary>Reads one GeoJSON geometry object, e.g. from a request body; errors name <paramref name="sourceName"/>.</summary>
    public static Geometry ReadGeometry(JsonElement geometry, string sourceName)
    {
        try { return ParseGeometry(geometry, "geometry"); }
        catch (InvalidGeoJson ex) { throw new DataFileException(sourceName, null, ex.Message); }
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
            throw new InvalidGeoJson($"crs: '{name ?? crs.GetRawText()}' is not WGS84 longitude/latitude (RFC 7946 requires CRS84)");
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
                _ => throw new InvalidGeoJson($"id: expected a string or number but found {idElement.ValueKind}"),
            };
        }
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
            throw new InvalidGeoJson("geometry: missing or null; every feature needs a geometry");
        return new GeoJsonFeature(id, ParseGeometry(geometry, "geometry"), ReadProperties(feature));
    }

    private static IReadOnlyDictionary<string, JsonElement> ReadProperties(JsonElement feature)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!feature.TryGetProperty("properties", out var element) || element.ValueKind == JsonValueKind.Null)
            return properties;
        if (element.ValueKind != JsonValueKind.Object)
            throw new InvalidGeoJson($"properties: expected an object or null but found {element.ValueKind}");
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

    private static Geometry ParseGeometry(JsonElement geometry, string where)
    {
        var factory = GeometryFactories.Wgs84;
        string type = RequireType(geometry, null, where);
        if (type == "GeometryCollection")
        {
            var members = Member(geometry, "geometries", JsonValueKind.Array, where);
            var parts = new Geometry[members.GetArrayLength()];
            int i = 0;
            foreach (var member in members.EnumerateArray())
            {
                parts[i] = ParseGeometry(member, $"{where}.geometries[{i}]");
                i++;
            }
            return factory.CreateGeometryCollection(parts);
        }

        var coordinates = Member(geometry, "coordinates", JsonValueKind.Array, where);
        string at = where + ".coordinates";
        return type switch
        {
            "Point" => factory.CreatePoint(ReadPosition(coordinates, at)),
            "MultiPoint" => factory.CreateMultiPointFromCoords(ReadPositions(coordinates, at)),
            "LineString" => ReadLineString(coordinates, at),
            "MultiLineString" => factory.CreateMultiLineString(
                Map(coordinates, at, (line, lineAt) => ReadLineString(line, lineAt))),
            "Polygon" => ReadPolygon(coordinates, at),
            "MultiPolygon" => factory.CreateMultiPolygon(
                Map(coordinates, at, (polygon, polygonAt) => ReadPolygon(polygon, polygonAt))),
            _ => throw new InvalidGeoJson($"{where}.type: '{type}' is not a GeoJSON geometry type"),
        };
    }

    private static LineString ReadLineString(JsonElement line, string at)
    {
        var positions = ReadPositions(line, at);
        if (positions.Length == 1)
            throw new InvalidGeoJson($"{at}: a LineString needs at least 2 positions but has 1");
        return GeometryFactories.Wgs84.CreateLineString(positions);
    }

    private static Polygon ReadPolygon(JsonElement polygon, string at)
    {
        var rings = Map(polygon, at, ReadRing);
        return rings.Length == 0
            ? GeometryFactories.Wgs84.CreatePolygon()
            : GeometryFactories.Wgs84.CreatePolygon(rings[0], rings[1..]);
    }

    private static LinearRing ReadRing(JsonElement ring, string at)
    {
        var positions = ReadPositions(ring, at);
        if (positions.Length < 4)
            throw new InvalidGeoJson($"{at}: a polygon ring needs at least 4 positions but has {positions.Length}");
        if (!positions[0].Equals2D(positions[^1]))
            throw new InvalidGeoJson(
                $"{at}: ring is not closed: first position {Describe(positions[0])} differs from last {Describe(positions[^1])}");
        return GeometryFactories.Wgs84.CreateLinearRing(positions);
    }

    private static T[] Map<T>(JsonElement array, string at, Func<JsonElement, string, T> read)
    {
        RequireKind(array, JsonValueKind.Array, at);
        var result = new T[array.GetArrayLength()];
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i] = read(item, $"{at}[{i}]");
            i++;
        }
        return result;
    }

    private static Coordinate[] ReadPositions(JsonElement array, string at)
    {
        RequireKind(array, JsonValueKind.Array, at);
        var result = new Coordinate[array.GetArrayLength()];
        int i = 0;
        foreach (var position in array.EnumerateArray())
        {
            // The member path is only built when a position is bad: boundary files hold tens of thousands.
            if (!TryReadPosition(position, out result[i]))
                throw new InvalidGeoJson($"{at}[{i}]: {PositionProblem(position)}");
            i++;
        }
        return result;
    }

    private static Coordinate ReadPosition(JsonElement position, string at) =>
        TryReadPosition(position, out var coordinate) ? coordinate : throw new InvalidGeoJson($"{at}: {PositionProblem(position)}");

    /// <summary>The position as (longitude, latitude); false when it is malformed, and <see cref="PositionProblem"/> says why.</summary>
    private static bool TryReadPosition(JsonElement position, out Coordinate coordinate)
    {
        coordinate = null!;
        if (position.ValueKind != JsonValueKind.Array) return false;
        int length = position.GetArrayLength();
        if (length is < 2 or > 3) return false;
        if (!TryNumber(position[0], out double lon) || !TryNumber(position[1], out double lat)) return false;
        if (length == 3 && !TryNumber(position[2], out _)) return false;
        if (Math.Abs(lon) > 180 || Math.Abs(lat) > 90) return false;
        coordinate = new Coordinate(lon, lat);
        return true;
    }

    private static string PositionProblem(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array)
            return $"expected a position [longitude, latitude] but found {position.ValueKind}";
        int length = position.GetArrayLength();
        if (length is < 2 or > 3)
            return $"a position needs 2 numbers (longitude, latitude) and optionally an altitude, but has {length} values";
        for (int i = 0; i < length; i++)
            if (!TryNumber(position[i], out _)) return $"value {i} of the position is not a number: {position[i].GetRawText()}";
        double lon = position[0].GetDouble(), lat = position[1].GetDouble();
        return Math.Abs(lon) > 180
            ? $"longitude {lon} is outside -180..180"
            : $"latitude {lat} is outside -90..90 (are longitude and latitude swapped, or is this British National Grid?)";
    }

    private static bool TryNumber(JsonElement e, out double value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out value) && double.IsFinite(value);
    }

    private static string Describe(Coordinate c) => FormattableString.Invariant($"[{c.X}, {c.Y}]");

    /// <summary>Checks the object's "type" (against <paramref name="expected"/> when given) and returns it.</summary>
    private static string RequireType(JsonElement element, string? expected, string where)
    {
        RequireKind(element, JsonValueKind.Object, where);
        var type = Member(element, "type", JsonValueKind.String, where).GetString()!;
        if (expected is not null && type != expected)
            throw new InvalidGeoJson($"type: expected '{expected}' but found '{type}'");
        return type;
    }

    private static JsonElement Member(JsonElement element, string name, JsonValueKind kind, string where)
    {
        if (!element.TryGetProperty(name, out var value))
            throw new InvalidGeoJson($"{where}: missing '{name}'");
        RequireKind(value, kind, $"{where}.{name}");
        return value;
    }

    private static void RequireKind(JsonElement element, JsonValueKind kind, string where)
    {
        if (element.ValueKind != kind)
            throw new InvalidGeoJson($"{where}: expected {Article(kind)} but found {element.ValueKind}");
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        _ => kind.ToString(),
    };

    /// <summary>A problem found while walking the JSON, rethrown as <see cref="DataFileException"/> once the feature is known.</summary>
    private sealed class InvalidGeoJson(string problem) : Exception(problem);
}
