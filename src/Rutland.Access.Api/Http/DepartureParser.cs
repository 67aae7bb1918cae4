using System.Globalization;

namespace Rutland.Access.Api.Http;

/// <summary>Departure times are ISO 8601 local (UK) times: "2026-11-24T07:30" or with seconds; offsets are refused.</summary>
public static class DepartureParser
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static DateTime Parse(string value, string name) =>
        DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw QueryParser.Bad($"'{name}' must be a local ISO time such as 2026-11-24T07:30, not '{value}'.");
}
