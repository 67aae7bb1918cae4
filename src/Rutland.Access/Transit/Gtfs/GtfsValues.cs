using System.Globalization;
using Rutland.Access.Data;

namespace Rutland.Access.Transit.Gtfs;

/// <summary>Parsers for GTFS field types, failing with the file, line and field of the current CSV record.</summary>
internal static class GtfsValues
{
    /// <summary>
    /// A GTFS time "H:MM:SS" or "HH:MM:SS" as seconds since service-day midnight. Hours may exceed 23 (25:10:00)
    /// for trips past midnight; a single-digit hour (7:05:00) is accepted as many feeds write it.
    /// </summary>
    public static int? OptionalTime(this CsvReader csv, string column)
    {
        string? s = csv.Optional(column);
        if (s is null) return null;
        var parts = s.Split(':');
        if (parts.Length == 3
            && parts[0].Length is >= 1 and <= 3 && parts[1].Length == 2 && parts[2].Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int h)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m < 60
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int sec) && sec < 60)
            return h * 3600 + m * 60 + sec;
        throw csv.Error($"field '{column}': '{s}' is not a time H:MM:SS");
    }

    public static int RequiredTime(this CsvReader csv, string column) =>
        csv.OptionalTime(column) ?? throw csv.Error($"field '{column}' is required but empty or missing");

    public static DateOnly? OptionalDate(this CsvReader csv, string column)
    {
        string? s = csv.Optional(column);
        if (s is null) return null;
        return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw csv.Error($"field '{column}': '{s}' is not a date YYYYMMDD");
    }

    public static DateOnly RequiredDate(this CsvReader csv, string column) =>
        csv.OptionalDate(column) ?? throw csv.Error($"field '{column}' is required but empty or missing");

    /// <summary>An enumerated integer field, which must be one of <paramref name="allowed"/>.</summary>
    public static int? OptionalChoice(this CsvReader csv, string column, params int[] allowed)
    {
        int? v = csv.OptionalInt(column);
        if (v is { } x && !allowed.Contains(x))
            throw csv.Error($"field '{column}': {x} is not one of {string.Join(", ", allowed)}");
        return v;
    }

    public static int RequiredChoice(this CsvReader csv, string column, params int[] allowed) =>
        csv.OptionalChoice(column, allowed) ?? throw csv.Error($"field '{column}' is required but empty or missing");
}
