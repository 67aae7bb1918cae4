using System.Globalization;
using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Api.Http;

/// <summary>Builds a <see cref="PtQuery"/> from the public-transport query parameters, with problems naming the parameter.</summary>
public static class PtQueryParser
{
    public static PtQuery Parse(AccessEngine engine, string? departure, string? window, string? percentiles, string? maxTransfers,
        string? maxWalkMeters, string? arriveBy, string? appointmentMinutes, string? legs, string? modes = null)
    {
        if (departure is not null && arriveBy is not null)
            throw QueryParser.Bad("Give either 'departure' (window start) or 'arriveBy' (window end), not both.");
        int windowMinutes = QueryParser.Int(window, "window", PtDefaults.WindowMinutes, 1, PtDefaults.MaxWindowMinutes);
        int? appointment = appointmentMinutes is null ? null
            : QueryParser.Int(appointmentMinutes, "appointmentMinutes", 0, 1, PtDefaults.MaxAppointmentMinutes);
        if (appointment is not null && arriveBy is null)
            throw QueryParser.Bad("'appointmentMinutes' needs 'arriveBy', the appointment's start.");

        DateOnly date;
        int start, end;
        int? arriveBySeconds = null;
        if (arriveBy is not null)
        {
            var t = DepartureParser.Parse(arriveBy, "arriveBy");
            (date, arriveBySeconds) = (DateOnly.FromDateTime(t), (int)t.TimeOfDay.TotalSeconds);
            (start, end) = (arriveBySeconds.Value - windowMinutes * 60, arriveBySeconds.Value);
            if (end == 0) throw QueryParser.Unprocessable("'arriveBy' must be after midnight of its day.");
            // A service day's network holds its own trips and the previous day's still running after midnight, not the
            // previous evening's: a window reaching back before midnight cannot be searched, and shortening it unasked
            // would answer another question.
            if (start < 0)
                throw QueryParser.Unprocessable($"A {windowMinutes}-minute window before 'arriveBy' {t:HH:mm} would begin the day before; " +
                                                $"journeys are searched from the service day's midnight. Give 'window' of at most {end / 60} minutes, or a later 'arriveBy'.");
        }
        else
        {
            if (departure is not null)
            {
                var t = DepartureParser.Parse(departure, "departure");
                (date, start) = (DateOnly.FromDateTime(t), (int)t.TimeOfDay.TotalSeconds);
            }
            else
            {
                date = engine.Transit.DefaultDate ?? throw QueryParser.Unprocessable("The timetables define no service dates; give 'departure'.");
                start = PtDefaults.WindowStartSeconds;
            }
            end = start + windowMinutes * 60;
        }
        ServiceDates.Require(engine, date, end, arriveBy is not null ? "arriveBy" : departure is not null ? "departure" : null);

        return new PtQuery
        {
            Date = date,
            WindowStartSeconds = start,
            WindowEndSeconds = end,
            Percentiles = ParsePercentiles(percentiles),
            MaxTransfers = QueryParser.Int(maxTransfers, "maxTransfers", PtDefaults.MaxTransfers, 0, PtDefaults.MaxTransfersLimit),
            MaxWalkMeters = maxWalkMeters is null ? WalkingRules.DefaultMaxWalkMeters
                : QueryParser.Double(maxWalkMeters, "maxWalkMeters", 0, WalkingRules.MaxWalkMetersLimit),
            ArriveBySeconds = arriveBySeconds,
            AppointmentMinutes = appointment,
            IncludeLegs = ParseBool(legs, "legs"),
            Modes = ParseModes(modes),
        };
    }

    /// <summary>"bus,rail,ondemand" (default all): the services answers may use.</summary>
    public static PtModes ParseModes(string? value)
    {
        var items = QueryParser.List(value, "modes");
        if (items is null) return PtModes.All;
        var modes = (PtModes)0;
        foreach (string item in items)
        {
            var match = PtModeNames.All.FirstOrDefault(m => m.Name == item.Trim().ToLowerInvariant());
            if (match.Name is null)
                throw QueryParser.Bad($"'modes' must list some of {string.Join(", ", PtModeNames.All.Select(m => m.Name))}; '{item}' is not one.");
            modes |= match.Mode;
        }
        return modes;
    }

    private static IReadOnlyList<int> ParsePercentiles(string? value)
    {
        var items = QueryParser.List(value, "percentiles");
        if (items is null) return PtDefaults.Percentiles;
        return items.Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
                ? v is >= PtDefaults.MinPercentile and <= PtDefaults.MaxPercentile ? v
                    : throw QueryParser.Unprocessable($"'percentiles' must be between {PtDefaults.MinPercentile} and {PtDefaults.MaxPercentile}, not {v}.")
                : throw QueryParser.Bad($"'percentiles' must be whole numbers such as 25,50,75, not '{p}'."))
            .Order().ToArray();
    }

    private static bool ParseBool(string? value, string name) => value?.ToLowerInvariant() switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw QueryParser.Bad($"'{name}' must be true or false, not '{value}'."),
    };
}
