using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Rutland.Access.Geo;

/// <summary>
/// What RFC 7946 demands of a geometry and NetTopologySuite.IO.GeoJSON4STJ does not check, or reports without saying
/// where: every problem names the JSON member (e.g. <c>geometry.coordinates[0][3]</c>), so a loader's error can name
/// file, feature and member. <see cref="CheckStructure"/> runs before the library, <see cref="Diagnose"/> after it
/// failed, <see cref="CheckPositions"/> on what it built.
/// </summary>
internal static class Rfc7946Checks
{
    private static readonly Dictionary<string, int> PositionDepth = new(StringComparer.Ordinal)
    {
        ["Point"] = 0, ["MultiPoint"] = 1, ["LineString"] = 1, ["MultiLineString"] = 2, ["Polygon"] = 2, ["MultiPolygon"] = 3,
    };

    private const string Collection = "GeometryCollection";
    private const double MaxLongitude = 180, MaxLatitude = 90;

    /// <summary>
    /// The geometry's type (and its members' in a collection) is one of RFC 7946's seven, with its coordinates or
    /// geometries present. Needed before the library, which parses "type" with Enum.Parse and so also takes "3".
    /// </summary>
    public static void CheckStructure(JsonElement geometry, string where)
    {
        string type = RequireType(geometry, where);
        if (type == Collection)
        {
            int i = 0;
            foreach (var member in Member(geometry, "geometries", JsonValueKind.Array, where).EnumerateArray())
                CheckStructure(member, $"{where}.geometries[{i++}]");
        }
        else Member(geometry, "coordinates", JsonValueKind.Array, where);
    }

    /// <summary>The first problem in a geometry the library refused, with its member; null if none is found here.</summary>
    public static string? Diagnose(JsonElement geometry, string where)
    {
        try
        {
            CheckStructure(geometry, where);
            string type = geometry.GetProperty("type").GetString()!;
            if (type == Collection)
            {
                int i = 0;
                foreach (var member in geometry.GetProperty("geometries").EnumerateArray())
                    if (Diagnose(member, $"{where}.geometries[{i++}]") is { } problem) return problem;
                return null;
            }
            CheckNesting(geometry.GetProperty("coordinates"), type, PositionDepth[type], $"{where}.coordinates");
            return null;
        }
        catch (InvalidGeoJsonException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Longitude and latitude finite and in range (the library takes any number); altitudes dropped.</summary>
    public static void CheckPositions(Geometry geometry, string where)
    {
        if (geometry is GeometryCollection collection and not (MultiPoint or MultiLineString or MultiPolygon))
            for (int i = 0; i < collection.NumGeometries; i++)
                CheckPositions(collection.GetGeometryN(i), $"{where}.geometries[{i}]");
        else
            CheckCoordinates(geometry, $"{where}.coordinates");
    }

    /// <summary>A geometry's positions; <paramref name="at"/> is the path of its "coordinates" (a Multi* member's: one level down).</summary>
    private static void CheckCoordinates(Geometry geometry, string at)
    {
        switch (geometry)
        {
            case Point point:
                CheckSequence(point.CoordinateSequence, at, single: true);
                break;
            case LineString line:
                CheckSequence(line.CoordinateSequence, at, single: false);
                break;
            case Polygon polygon:
                for (int r = 0; r <= polygon.NumInteriorRings; r++)
                    CheckSequence((r == 0 ? polygon.Shell : polygon.Holes[r - 1]).CoordinateSequence, $"{at}[{r}]", single: false);
                break;
            default: // MultiPoint, MultiLineString, MultiPolygon
                for (int i = 0; i < geometry.NumGeometries; i++)
                    CheckCoordinates(geometry.GetGeometryN(i), $"{at}[{i}]");
                break;
        }
    }

    private static void CheckSequence(CoordinateSequence sequence, string at, bool single)
    {
        for (int i = 0; i < sequence.Count; i++)
        {
            // The member path is only built when a position is bad: boundary files hold tens of thousands.
            if (RangeProblem(sequence.GetX(i), sequence.GetY(i)) is { } problem)
                throw new InvalidGeoJsonException($"{(single ? at : $"{at}[{i}]")}: {problem}");
            if (sequence.HasZ) sequence.SetZ(i, Coordinate.NullOrdinate);
        }
    }

    private static string? RangeProblem(double lon, double lat) =>
        !double.IsFinite(lon) || Math.Abs(lon) > MaxLongitude
            ? FormattableString.Invariant($"longitude {lon} is outside -180..180")
            : !double.IsFinite(lat) || Math.Abs(lat) > MaxLatitude
                ? FormattableString.Invariant($"latitude {lat} is outside -90..90 (are longitude and latitude swapped, or is this British National Grid?)")
                : null;

    /// <summary>Arrays nested <paramref name="depth"/> deep down to positions, with RFC 7946's counts and closed rings.</summary>
    private static void CheckNesting(JsonElement array, string type, int depth, string at)
    {
        if (depth == 0) { CheckPosition(array, at); return; }
        RequireKind(array, JsonValueKind.Array, at);
        int i = 0;
        foreach (var item in array.EnumerateArray())
            CheckNesting(item, type, depth - 1, $"{at}[{i++}]");
        int count = array.GetArrayLength();
        bool isRing = depth == 1 && type is "Polygon" or "MultiPolygon";
        bool isLine = depth == 1 && type is "LineString" or "MultiLineString";
        if (isLine && count == 1)
            throw new InvalidGeoJsonException($"{at}: a LineString needs at least 2 positions but has 1");
        if (isRing && count < 4)
            throw new InvalidGeoJsonException($"{at}: a polygon ring needs at least 4 positions but has {count}");
        if (isRing && !SamePosition(array[0], array[count - 1]))
            throw new InvalidGeoJsonException(
                $"{at}: ring is not closed: first position {Describe(array[0])} differs from last {Describe(array[count - 1])}");
    }

    private static void CheckPosition(JsonElement position, string at)
    {
        if (position.ValueKind != JsonValueKind.Array)
            throw new InvalidGeoJsonException($"{at}: expected a position [longitude, latitude] but found {position.ValueKind}");
        int length = position.GetArrayLength();
        if (length is < 2 or > 3)
            throw new InvalidGeoJsonException(
                $"{at}: a position needs 2 numbers (longitude, latitude) and optionally an altitude, but has {length} values");
        for (int i = 0; i < length; i++)
            if (!TryNumber(position[i], out _))
                throw new InvalidGeoJsonException($"{at}: value {i} of the position is not a number: {position[i].GetRawText()}");
        if (RangeProblem(position[0].GetDouble(), position[1].GetDouble()) is { } problem)
            throw new InvalidGeoJsonException($"{at}: {problem}");
    }

    private static bool SamePosition(JsonElement a, JsonElement b) =>
        a[0].GetDouble() == b[0].GetDouble() && a[1].GetDouble() == b[1].GetDouble();

    private static string Describe(JsonElement position) =>
        FormattableString.Invariant($"[{position[0].GetDouble()}, {position[1].GetDouble()}]");

    private static bool TryNumber(JsonElement e, out double value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out value) && double.IsFinite(value);
    }

    /// <summary>Checks that the element is an object with a GeoJSON geometry "type" and returns the type.</summary>
    private static string RequireType(JsonElement element, string where)
    {
        RequireKind(element, JsonValueKind.Object, where);
        string type = Member(element, "type", JsonValueKind.String, where).GetString()!;
        if (type != Collection && !PositionDepth.ContainsKey(type))
            throw new InvalidGeoJsonException($"{where}.type: '{type}' is not a GeoJSON geometry type");
        return type;
    }

    public static JsonElement Member(JsonElement element, string name, JsonValueKind kind, string where)
    {
        if (!element.TryGetProperty(name, out var value))
            throw new InvalidGeoJsonException($"{where}: missing '{name}'");
        RequireKind(value, kind, $"{where}.{name}");
        return value;
    }

    public static void RequireKind(JsonElement element, JsonValueKind kind, string where)
    {
        if (element.ValueKind != kind)
            throw new InvalidGeoJsonException($"{where}: expected {Article(kind)} but found {element.ValueKind}");
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        _ => kind.ToString(),
    };
}
