using Rutland.Access.Analysis;
using Rutland.Access.Api.Endpoints;
using Rutland.Access.Api.Http;
using Rutland.Access.Equity;
using Rutland.Access.Isochrones;
using Rutland.Access.Places;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;
using static Rutland.Access.Api.OpenApi.QueryParameterSchema;

namespace Rutland.Access.Api.OpenApi;

/// <summary>
/// The one registry of query-parameter types, by name, with the bounds and defaults taken from the constants the
/// parsers enforce (<see cref="PtDefaults"/>, <see cref="WalkingRules"/>, <see cref="ApiLimits"/>,
/// <see cref="IsochroneParameters"/>, <see cref="EquityQuery"/>) and the enums from the endpoints' own dictionaries
/// (travel modes from <see cref="ModeRegistry"/>, the same on every endpoint).
/// A name that means something else on one operation (journey's single <c>from</c> and <c>to</c>) is
/// registered for that operation. A parameter found in neither stays a string in the document, and
/// <c>OpenApiDocumentTests</c> fails until it is registered here.
/// </summary>
public static class QueryParameterSchemas
{
    private static readonly IEnumerable<string> PlaceTypeNames = System.Enum.GetValues<PlaceType>().Select(PlaceTypes.Name);
    private static readonly EquityThresholds Thresholds = new();

    private static readonly Dictionary<string, QueryParameterSchema> ByName = new(StringComparer.Ordinal)
    {
        // Travel times (and the defaults of every endpoint that shares a name).
        ["mode"] = Enum("The travel mode: " + string.Join("; ", ModeRegistry.All.Select(m => $"{m.Name}, {m.Title}")) + ".",
            ModeRegistry.ByName.Keys, ModeRegistry.Default.Name),
        ["from"] = IdList("Place ids (see /api/v1/places); default every place of fromType.", ApiLimits.MaxListLength),
        ["to"] = IdList("Destination ids (see /api/v1/destinations); default all.", ApiLimits.MaxListLength),
        ["fromType"] = EnumList("Kinds of origin when 'from' is not given, or the kinds 'from' must be of.", PlaceTypeNames,
            ApiLimits.MaxListLength, TravelTimeEndpoints.DefaultFromTypes),
        ["format"] = Enum("Answer format.", TravelTimeEndpoints.Formats.Keys, "json"),
        // The public-transport window and walker, on every PT endpoint.
        ["departure"] = LocalTime("PT: window start, ISO local time; default 07:00 on the feeds' typical Tuesday. Not with arriveBy."),
        ["arriveBy"] = LocalTime("PT: window end (the appointment); only departures arriving by then count. Not with departure."),
        ["window"] = Integer("PT: length of the departure window in minutes.", 1, PtDefaults.MaxWindowMinutes, PtDefaults.WindowMinutes),
        ["percentiles"] = IntegerList("PT: percentiles of the travel times over the window's departures.",
            PtDefaults.MinPercentile, PtDefaults.MaxPercentile, ApiLimits.MaxListLength, PtDefaults.Percentiles),
        ["maxTransfers"] = Integer("PT: most changes of vehicle.", 0, PtDefaults.MaxTransfersLimit, PtDefaults.MaxTransfers),
        ["maxWalkMeters"] = Number("PT: furthest walk to the first stop, from the last and between stops, in metres. Not with profile.",
            0, WalkingRules.MaxWalkMetersLimit, WalkingRules.DefaultMaxWalkMeters),
        ["walkSpeedKmh"] = Number("PT: walking speed in km/h. Not with profile.", WalkingRules.MinSpeedKmh, WalkingRules.MaxSpeedKmh,
            WalkingProfile.Default.SpeedKmh),
        ["profile"] = Enum("PT: a named walker instead of walkSpeedKmh/maxWalkMeters: default " +
            $"({WalkingProfile.Default.SpeedKmh} km/h, {WalkingProfile.Default.MaxWalkMeters} m) or lessMobile " +
            $"({WalkingProfile.LessMobile.SpeedKmh} km/h, {WalkingProfile.LessMobile.MaxWalkMeters} m).",
            WalkingProfile.Named.Select(p => p.Name)),
        ["modes"] = EnumList("PT: the services answers may use.", PtModeNames.All.Select(m => m.Name), ApiLimits.MaxListLength,
            PtModeNames.All.Select(m => m.Name)),
        ["appointmentMinutes"] = Integer("PT, with arriveBy: the appointment's length; the answer says whether a journey home exists after it.",
            1, PtDefaults.MaxAppointmentMinutes),
        ["legs"] = Boolean("PT: add the fastest journey's legs to each pair.", false),
        [AssumptionsDto.Parameter] = Boolean("Also every assumption level (low, central, high) with each flag's robustness (JSON only).", false),
        // Places.
        ["type"] = EnumList("Kinds of place; default all.", PlaceTypeNames, ApiLimits.MaxListLength),
        // Isochrones. Latitude and longitude within WGS84's own ranges; a point outside the study area is a 422.
        ["lat"] = Number("Latitude (WGS84) in the study area.", -90, 90),
        ["lon"] = Number("Longitude (WGS84) in the study area.", -180, 180),
        ["cutoffs"] = IntegerList("Whole minutes, one polygon each.", IsochroneParameters.MinCutoffMinutes, IsochroneParameters.MaxCutoffMinutes,
            IsochroneParameters.MaxCutoffs, IsochroneEndpoints.DefaultCutoffs),
        ["reverse"] = Boolean("Catchment instead: the area from which the point is reached within each cutoff (not with mode=pt).", false),
        ["percentile"] = Integer("PT: a place counts as reached at this percentile of its travel times over the window.",
            PtDefaults.MinPercentile, PtDefaults.MaxPercentile, IsochroneParameters.DefaultPtPercentile),
        // Equity threshold overrides (EquityThresholds' defaults).
        ["longPtMinutes"] = Number("LONG_PT: PT to the nearest hospital longer than this many minutes.",
            EquityQuery.MinThresholdMinutes, EquityQuery.MaxThresholdMinutes, Thresholds.LongPtMinutes),
        ["carDependentRatio"] = Number("CAR_DEPENDENT: PT time over drive time above this ratio.",
            EquityQuery.MinCarDependentRatio, EquityQuery.MaxCarDependentRatio, Thresholds.CarDependentRatio),
        ["olderShare75Plus"] = Number("OLDER_POPULATION_AT_RISK: share of residents aged 75+ at or above this.",
            EquityQuery.MinShare, EquityQuery.MaxShare, Thresholds.OlderShare75Plus),
        ["olderPtMinutes"] = Number("OLDER_POPULATION_AT_RISK: PT to the nearest hospital longer than this many minutes.",
            EquityQuery.MinThresholdMinutes, EquityQuery.MaxThresholdMinutes, Thresholds.OlderPtMinutes),
    };

    private static readonly Dictionary<(string Operation, string Name), QueryParameterSchema> ByOperation = new()
    {
        [("GetJourney", "from")] = Text("Origin: a place id (see /api/v1/places) or 'lat,lon'.", takesPoints: true),
        [("GetJourney", "to")] = Text("Destination: a destination id (see /api/v1/destinations) or 'lat,lon'.", takesPoints: true),
        [("GetEquityReport", "format")] = Enum("Answer format.", EquityEndpoints.ReportFormats.Keys, "json"),
    };

    /// <summary>The type of query parameter <paramref name="name"/> on operation <paramref name="operationId"/>, or null if unregistered.</summary>
    public static QueryParameterSchema? Find(string? operationId, string name) =>
        operationId is not null && ByOperation.TryGetValue((operationId, name), out var specific) ? specific
        : ByName.GetValueOrDefault(name);
}
