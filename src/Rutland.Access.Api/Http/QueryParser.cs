using System.Globalization;
using Rutland.Access.Geo;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Parses query strings into values, throwing <see cref="QueryException"/> with a problem that names the
/// parameter. Values are taken as strings so that a malformed number gets our message, not the framework's.
/// </summary>
public static class QueryParser
{
    public static string[]? List(string? value, string name)
    {
        if (value is null) return null;
        var items = value.Split(',', StringSplitOptions.TrimEntries);
        if (items.Length == 0 || items.Any(string.IsNullOrEmpty))
            throw Bad($"'{name}' is an empty list or has an empty item; give comma-separated ids.");
        if (items.Length > ApiLimits.MaxListLength)
            throw Bad($"'{name}' names {items.Length} items; at most {ApiLimits.MaxListLength} are accepted per request.");
        return items.Distinct().ToArray();
    }

    public static double Double(string? value, string name, double min, double max)
    {
        if (value is null) throw Bad($"'{name}' is required.");
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            throw Bad($"'{name}' must be a number, not '{value}'.");
        if (v < min || v > max) throw Unprocessable($"'{name}' must be between {min} and {max}, not {v}.");
        return v;
    }

    public static int Int(string? value, string name, int fallback, int min, int max)
    {
        if (value is null) return fallback;
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
            throw Bad($"'{name}' must be a whole number, not '{value}'.");
        if (v < min || v > max) throw Unprocessable($"'{name}' must be between {min} and {max}, not {v}.");
        return v;
    }

    public static T Enum<T>(string? value, string name, T fallback, IReadOnlyDictionary<string, T> accepted)
    {
        if (value is null) return fallback;
        return accepted.TryGetValue(value.ToLowerInvariant(), out var v)
            ? v
            : throw Bad($"'{name}' must be one of {string.Join(", ", accepted.Keys)}, not '{value}'.");
    }

    /// <summary>A WGS84 point that must lie in the study area; a swapped lat/lon is recognised and named.</summary>
    public static LatLon Point(string? lat, string? lon, string what)
    {
        var p = new LatLon(Double(lat, $"{what}lat", -90, 90), Double(lon, $"{what}lon", -180, 180));
        return StudyAreaPoint(p, what);
    }

    /// <summary>"lat,lon" as one value.</summary>
    public static LatLon Point(string value, string name)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2) throw Bad($"'{name}' must be 'lat,lon' or an id, not '{value}'.");
        var p = new LatLon(Double(parts[0], $"{name} latitude", -90, 90), Double(parts[1], $"{name} longitude", -180, 180));
        return StudyAreaPoint(p, name);
    }

    /// <summary>A WGS84 point given as numbers (a JSON body), checked like query-string points.</summary>
    public static LatLon Point(double lat, double lon, string what)
    {
        if (!double.IsFinite(lat) || lat is < -90 or > 90) throw Unprocessable($"{what}lat must be between -90 and 90, not {lat}.");
        if (!double.IsFinite(lon) || lon is < -180 or > 180) throw Unprocessable($"{what}lon must be between -180 and 180, not {lon}.");
        return StudyAreaPoint(new LatLon(lat, lon), what);
    }

    private static LatLon StudyAreaPoint(LatLon p, string what)
    {
        if (StudyArea.Contains(p)) return p;
        var swapped = new LatLon(p.Lon, p.Lat);
        if (StudyArea.Contains(swapped))
            throw Unprocessable($"{what} ({p}) is outside the study area, but ({swapped}) is inside it: latitude and longitude look swapped.");
        throw Unprocessable($"{what} ({p}) is outside the study area ({StudyArea.Description}).");
    }

    /// <summary>Rejects parameters that mean nothing in this request (e.g. a departure window for a free-flow drive), naming why.</summary>
    public static void RejectGiven(string why, params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => p.Value is not null).Select(p => $"'{p.Name}'").ToArray();
        if (given.Length > 0) throw Bad($"{string.Join(", ", given)} {(given.Length > 1 ? "apply" : "applies")} only {why}.");
    }

    public static QueryException Bad(string detail) => new(ApiProblem.BadRequest(detail));
    public static QueryException Unprocessable(string detail) => new(ApiProblem.Unprocessable(detail));
    public static QueryException NotFound(string detail) => new(ApiProblem.NotFound(detail));
}
