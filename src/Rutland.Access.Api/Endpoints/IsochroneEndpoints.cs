using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Geo;
using Rutland.Access.Interop;
using Rutland.Access.Isochrones;
using Rutland.Access.Routing;

namespace Rutland.Access.Api.Endpoints;

public static class IsochroneEndpoints
{
    /// <summary>64 kB: fifty locations with six cutoffs take under 4 kB of JSON; anything far bigger is not a request.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Cutoffs when none are given: a quarter, half and three quarters of an hour.</summary>
    internal static readonly int[] DefaultCutoffs = [15, 30, 45];

    public static IEndpointRouteBuilder MapIsochroneEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/isochrones").WithTags("Isochrones").AddEndpointFilter<QueryExceptionFilter>();
        group.MapGet("/", Get)
            .WithName("GetIsochrones")
            .ProducesGeoJson()
            .WithSummary("Areas reached from (or, with reverse=true, reaching) a point within each cutoff, as GeoJSON polygons with residents covered.")
            .WithDescription("mode: " + string.Join(", ", ModeRegistry.All.Select(m => m.Name)) + " (default drive). cutoffs: up to 6 whole minutes, 1-120 (default 15,30,45). " +
                             "mode=pt only: departure (window start, default 07:00 on the feed's busiest Tuesday), window " +
                             "(minutes, default 180), percentile (of each stop's travel times over the window, default 50), " +
                             "maxWalkMeters (to the first stop), modes (bus,rail,ondemand). " + WalkerParser.Description + " format: geojson (default) or gpkg." + ServiceDates.Description);
        group.MapPost("/", Post)
            .WithName("PostIsochrones")
            .ProducesGeoJson()
            .WithSummary("Isochrones of several locations together (one search seeded at all of them), union per cutoff.")
            .WithDescription("Body: {\"locations\":[{\"lat\":52.67,\"lon\":-0.73}], \"mode\":\"drive\", \"cutoffs\":[15,30], \"reverse\":false}; at most 50 locations. " +
                             "mode pt also takes \"departure\", \"window\", \"percentile\", \"modes\", \"profile\", \"walkSpeedKmh\" and \"maxWalkMeters\" as in GET. Query format=gpkg answers a GeoPackage." + ServiceDates.Description)
            .Accepts<IsochroneBody>("application/json")
            .WithMetadata(new AcceptedQueryParameters("format"));
        return app;
    }

    private static IResult Get(AccessEngine engine, string? lat, string? lon, string? mode, string? cutoffs, string? reverse,
        string? departure, string? window, string? percentile, string? modes, string? profile, string? walkSpeedKmh, string? maxWalkMeters, string? format,
        CancellationToken cancellationToken)
    {
        bool gpkg = QueryParser.Enum(format, "format", false, GeoPackageFile.Formats);
        var location = QueryParser.Point(lat, lon, "");
        var request = new IsochroneRequest([location], ParseMode(mode), ParseCutoffs(QueryParser.List(cutoffs, "cutoffs")), ParseReverse(reverse));
        return Respond(engine, WithTransit(engine, request, departure, window, percentile, modes, new Walker(profile, walkSpeedKmh, maxWalkMeters)), gpkg, cancellationToken);
    }

    /// <summary>The walking parameters as given, for a pt request.</summary>
    private sealed record Walker(string? Profile, string? WalkSpeedKmh, string? MaxWalkMeters);

    /// <summary>A pt request gets its departure window, percentile, modes and walker; the other modes refuse them rather than ignore them.</summary>
    private static IsochroneRequest WithTransit(AccessEngine engine, IsochroneRequest request, string? departure, string? window, string? percentile,
        string? modes, Walker walker)
    {
        if (!request.Mode.Timetabled)
        {
            if (departure is not null || window is not null || percentile is not null || modes is not null || walker.MaxWalkMeters is not null)
                throw QueryParser.Bad("'departure', 'window', 'percentile', 'modes' and 'maxWalkMeters' apply to mode=pt only.");
            WalkerParser.RefuseUnlessPt(walker.Profile, walker.WalkSpeedKmh);
            return request;
        }
        if (request.Reverse) throw QueryParser.Bad("Public-transport isochrones are forward only: reverse=true is not supported with mode=pt.");
        var query = WalkerParser.Apply(PtQueryParser.Parse(engine, departure, window, null, null, walker.MaxWalkMeters, null, null, null, modes),
            walker.Profile, walker.WalkSpeedKmh, walker.MaxWalkMeters);
        int p = QueryParser.Int(percentile, "percentile", IsochroneParameters.DefaultPtPercentile, PtDefaults.MinPercentile, PtDefaults.MaxPercentile);
        return request with { Transit = new PtIsochroneOptions(query, p) };
    }

    private static async Task<IResult> Post(AccessEngine engine, HttpRequest http, string? format)
    {
        bool gpkg = QueryParser.Enum(format, "format", false, GeoPackageFile.Formats);
        var body = await JsonBody.ReadAsync<IsochroneBody>(http, JsonMembers.Options, MaxBodyBytes,
            $"send at most {IsochroneParameters.MaxLocations} locations");
        if (body.Locations is not { Length: > 0 } locations)
            throw QueryParser.Bad("'locations' is required: a list of {\"lat\": .., \"lon\": ..}.");
        if (locations.Length > IsochroneParameters.MaxLocations)
            throw QueryParser.Unprocessable($"'locations' has {locations.Length} items; at most {IsochroneParameters.MaxLocations} are accepted.");
        var points = locations.Select((p, i) => p is { Lat: { } la, Lon: { } lo }
            ? QueryParser.Point(la, lo, $"locations[{i}].")
            : throw QueryParser.Bad($"locations[{i}] needs both 'lat' and 'lon'.")).ToArray();
        var cutoffs = ParseCutoffs(body.Cutoffs?.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var request = new IsochroneRequest(points, ParseMode(body.Mode), cutoffs, body.Reverse ?? false);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return Respond(engine, WithTransit(engine, request, body.Departure, body.Window?.ToString(invariant), body.Percentile?.ToString(invariant),
            body.Modes, new Walker(body.Profile, body.WalkSpeedKmh?.ToString(invariant), body.MaxWalkMeters?.ToString(invariant))), gpkg, http.HttpContext.RequestAborted);
    }

    private static IResult Respond(AccessEngine engine, IsochroneRequest request, bool gpkg, CancellationToken cancellationToken)
    {
        IsochroneSet set;
        try
        {
            set = engine.Isochrones.Get(request, cancellationToken);
        }
        catch (OffNetworkLocationException ex)
        {
            throw QueryParser.Unprocessable($"No isochrone from {ex.Message}.");
        }
        var serviceDay = set.Request.Transit is { } options ? ServiceDates.Describe(engine.Transit, options.Query) : null;
        var answer = new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json =>
            {
                json.WriteString("method", set.Method);
                json.WritePropertyName("provenance");
                JsonSerializer.Serialize(json, engine.Provenance, JsonMembers.Options);
                serviceDay?.Write(json);
                if (set.Repairs.Count > 0)
                {
                    json.WritePropertyName("repairs");
                    JsonSerializer.Serialize(json, set.Repairs, JsonMembers.Options);
                }
            });
            // Largest first, so a map that draws features in order paints the smaller bands on top.
            foreach (var isochrone in set.Isochrones.Reverse())
                writer.WriteFeature(isochrone.Wgs84, $"{isochrone.CutoffMinutes}", json =>
                {
                    JsonMembers.Write(json, new IsochroneProperties(
                        isochrone.CutoffMinutes, Math.Round(isochrone.AreaKm2, 2), Math.Round(isochrone.Population.Total),
                        Math.Round(isochrone.Population.Aged65Plus), set.Request.Mode.Name, set.Request.Reverse, set.Method));
                    if (set.Request.Transit is { } transit)
                        JsonMembers.Write(json, new PtIsochroneProperties(transit.Percentile, PtWindowDto.Of(transit.Query),
                            serviceDay!.TimetableModelled));
                });
            writer.WriteEndFeatureCollection();
        });
        return gpkg
            ? GeoPackageFile.Of(answer, "isochrones", $"Isochrones ({set.Request.Mode.Name})",
                "One polygon per cutoff, built in British National Grid metres, with residents covered.", NativeCrs.BritishNationalGrid)
            : answer;
    }

    private static TravelMode ParseMode(string? mode) => QueryParser.Enum(mode, "mode", ModeRegistry.Default, ModeRegistry.ByName);

    private static bool ParseReverse(string? value) => value?.ToLowerInvariant() switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw QueryParser.Bad($"'reverse' must be true or false, not '{value}'."),
    };

    private static int[] ParseCutoffs(string[]? items)
    {
        if (items is null) return DefaultCutoffs;
        if (items.Length == 0) throw QueryParser.Bad("'cutoffs' is empty; give up to 6 whole minutes, e.g. 15,30,45.");
        var minutes = items.Select(c => QueryParser.Int(c, "cutoffs", 0, IsochroneParameters.MinCutoffMinutes, IsochroneParameters.MaxCutoffMinutes))
            .Distinct().ToArray();
        if (minutes.Length > IsochroneParameters.MaxCutoffs)
            throw QueryParser.Unprocessable($"'cutoffs' has {minutes.Length} values; at most {IsochroneParameters.MaxCutoffs} are accepted.");
        return minutes;
    }


    /// <summary>A stream that refuses writes past a limit, for bodies sent without a Content-Length.</summary>
    public sealed record LocationDto(double? Lat, double? Lon);

    public sealed record IsochroneBody(LocationDto[]? Locations, string? Mode, int[]? Cutoffs, bool? Reverse,
        string? Departure = null, int? Window = null, int? Percentile = null, string? Profile = null, double? WalkSpeedKmh = null,
        double? MaxWalkMeters = null, string? Modes = null);

    public sealed record IsochroneProperties(int CutoffMinutes, double AreaKm2, double Population, double Population65Plus,
        string Mode, bool Reverse, string Method);

    /// <summary>What a public-transport isochrone stands for: the percentile, the departure window, and whether the bus timetable is modelled.</summary>
    public sealed record PtIsochroneProperties(int Percentile, PtWindowDto Window, bool TimetableModelled);
}
