using System.Globalization;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Api.Http;

/// <summary>Departure times are ISO 8601 local (UK) times: "2026-11-24T07:30" or with seconds; offsets are refused.</summary>
public static class DepartureParser
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static DateTime Parse(string value, string name) =>
        DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw QueryParser.Bad($"'{name}' must be a local ISO time such as 2026-11-24T07:30, not '{value}'.");

    /// <summary>
    /// A service date's network also holds the day before's trips running past midnight, and a window may end on the
    /// next day: both days must exist in the calendar (0001-01-01 has no day before; a window from 9999-12-31 23:59
    /// runs past the last representable time).
    /// </summary>
    public static void RequireRoutable(DateOnly date, int windowEndSeconds, string name)
    {
        if (date == DateOnly.MinValue)
            throw QueryParser.Unprocessable($"'{name}' {date:yyyy-MM-dd} has no day before it, whose trips past midnight a search reads.");
        long secondsLeft = (DateOnly.MaxValue.DayNumber - date.DayNumber + 1L) * TransitNetworkFactory.SecondsPerDay;
        if (windowEndSeconds >= secondsLeft)
            throw QueryParser.Unprocessable($"'{name}' {date:yyyy-MM-dd}: the window ends after {DateOnly.MaxValue:yyyy-MM-dd}, the last representable date.");
    }
}
