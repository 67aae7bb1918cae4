using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Api.Http;
using Rutland.Access.Interop;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Places;
using Rutland.Access.Routing;

namespace Rutland.Access.Api.Endpoints;

public static class TravelTimeEndpoints
{
    internal static readonly Dictionary<string, OutputFormat> Formats = new()
    {
        ["json"] = OutputFormat.Json, ["csv"] = OutputFormat.Csv, ["geojson"] = OutputFormat.GeoJson, ["gpkg"] = OutputFormat.GeoPackage,
    };
    /// <summary>Origins when neither 'from' nor 'fromType' is given: the settlements, not the LSOA centroids.</summary>
    internal static readonly string[] DefaultFromTypes = ["village", "town", "hamlet"];

    public static IEndpointRouteBuilder MapTravelTimeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/travel-times").WithTags("Travel times").AddEndpointFilter<QueryExceptionFilter>()
            .MapGet("/", Get)
            .WithName("GetTravelTimes")
            .ProducesAnswers([typeof(TravelTimesResponse), typeof(PtTravelTimesResponse)], "text/csv", GeoJsonResult.ContentType)
            .WithSummary("Travel times from places to destinations; each pair carries its own reachable/estimated state.")
            .WithDescription("mode: " + string.Join(", ", ModeRegistry.All.Select(m => m.Name)) + " (default drive). from: comma-separated place ids (default: every place of fromType, default village,town,hamlet). " +
                             "to: destination ids (default all). format: json (default), csv, geojson or gpkg (GeoPackage of the GeoJSON points). mode=pt: departure (window start, " +
                             "default 07:00 on the feed's busiest Tuesday), window (minutes, default 180, max 360), percentiles " +
                             "(default 25,50,75), maxTransfers (default 3), maxWalkMeters (default 1200), arriveBy (instead of " +
                             "departure: window ends there; latest departure reported), appointmentMinutes (with arriveBy: the " +
                             "journey home), legs=true (fastest journey's legs), modes (bus,rail,ondemand). " + WalkerParser.Description +
                             ServiceDates.Description);
        return app;
    }

    internal static IResult Get(AccessEngine engine, string? mode, string? from, string? to, string? fromType,
        string? departure, string? format, string? window, string? percentiles, string? maxTransfers, string? maxWalkMeters,
        string? arriveBy, string? appointmentMinutes, string? legs, string? modes, string? profile, string? walkSpeedKmh,
        CancellationToken cancellationToken)
    {
        var travelMode = QueryParser.Enum(mode, "mode", ModeRegistry.Default, ModeRegistry.ByName);
        var output = QueryParser.Enum(format, "format", OutputFormat.Json, Formats);
        var origins = ResolveOrigins(engine, QueryParser.List(from, "from"), QueryParser.List(fromType, "fromType"));
        var destinations = ResolveDestinations(engine, QueryParser.List(to, "to"));
        if (travelMode.Timetabled)
        {
            var query = PtQueryParser.Parse(engine, departure, window, percentiles, maxTransfers, maxWalkMeters, arriveBy, appointmentMinutes, legs, modes);
            query = WalkerParser.Apply(query, profile, walkSpeedKmh, maxWalkMeters);
            return PublicTransport(engine, origins, destinations, query, output, cancellationToken);
        }
        QueryParser.RejectGiven($"to mode=pt: {travelMode.Name} times are free-flow, the same at any time of day",
            ("departure", departure), ("window", window), ("percentiles", percentiles), ("maxTransfers", maxTransfers),
            ("maxWalkMeters", maxWalkMeters), ("arriveBy", arriveBy), ("appointmentMinutes", appointmentMinutes), ("legs", legs),
            ("modes", modes), ("profile", profile), ("walkSpeedKmh", walkSpeedKmh));

        var results = engine.RoadTimes(travelMode, origins, destinations);
        var method = RoadMethod.Describe(engine, travelMode);
        return output switch
        {
            OutputFormat.Csv => TravelTimeCsv.Write(results, engine.Provenance),
            OutputFormat.GeoJson => TravelTimeGeoJson.Write(results, engine, method),
            OutputFormat.GeoPackage => GeoPackageFile.Of(TravelTimeGeoJson.Write(results, engine, method), $"travel-times-{travelMode.Name}",
                $"Travel times by {travelMode.Title}", $"One point per place and destination, at the place: free-flow {travelMode.Name} minutes.",
                NativeCrs.Wgs84),
            _ => TypedResults.Ok(new TravelTimesResponse(travelMode.Name, method, engine.Provenance,
                results.Select(r => TravelTimeDto.Create(r, engine)).ToArray())),
        };
    }

    private static IResult PublicTransport(AccessEngine engine, IReadOnlyList<Place> origins, IReadOnlyList<Destination> destinations,
        PtQuery query, OutputFormat output, CancellationToken cancellationToken)
    {
        var results = engine.PtTimes(origins, destinations, query, cancellationToken: cancellationToken);
        string method = PtMethod.Describe(engine, query);
        var day = ServiceDates.Describe(engine.Transit, query);
        var provenance = engine.Provenance.Concat(engine.Transit.Feeds.Select(TransitProvenance)).ToArray();
        var dtos = results.Select(r => PtTravelTimeDto.Create(r, engine)).ToArray();
        var context = PtExportContext.Of(query, day.TimetableModelled);
        return output switch
        {
            OutputFormat.Csv => TravelTimeCsv.WritePt(dtos, context, provenance, day.Warnings),
            OutputFormat.GeoJson => TravelTimeGeoJson.WritePt(dtos, context, engine, method, provenance, day),
            OutputFormat.GeoPackage => GeoPackageFile.Of(TravelTimeGeoJson.WritePt(dtos, context, engine, method, provenance, day), "travel-times-pt",
                "Public-transport travel times", "One point per place and destination, at the place: minutes over the departure window.", NativeCrs.Wgs84),
            _ => TypedResults.Ok(new PtTravelTimesResponse("pt", method, PtWindowDto.Of(query), day.TimetableModelled, day.ServiceOnDate,
                day.FeedsInForce, day.Warnings, day.Feeds, provenance, dtos)),
        };
    }

    /// <summary>A timetable as a provenance entry, so CSV headers and JSON alike say when it is MODELLED.</summary>
    internal static DatasetProvenance TransitProvenance(TransitFeedSummary feed) => new(
        $"{feed.Format} timetable {feed.Id}" + (feed.Modelled && feed.ModelledDescription is { } d ? $" ({d})" : ""),
        $"{feed.StartDate:yyyy-MM-dd}..{feed.EndDate:yyyy-MM-dd}", feed.Publisher ?? feed.Path, feed.Version ?? "", feed.Modelled);

    internal static IReadOnlyList<Place> ResolveOrigins(AccessEngine engine, string[]? ids, string[]? types)
    {
        if (ids is not null)
        {
            var missing = ids.Where(id => engine.FindPlace(id) is null).ToArray();
            if (missing.Length > 0)
                throw QueryParser.NotFound($"Unknown place id(s): {string.Join(", ", missing.Take(10))}. List them at /api/v1/places.");
            var places = ids.Select(id => engine.FindPlace(id)!).ToArray();
            if (types is not null)
            {
                var wantedTypes = types.Select(t => PlaceTypes.Parse(t)
                    ?? throw QueryParser.Bad($"'fromType' must be among village, town, hamlet, lsoa, not '{t}'.")).ToHashSet();
                var other = places.Where(p => !wantedTypes.Contains(p.Type)).ToArray();
                if (other.Length > 0)
                    throw QueryParser.Bad($"'from' names {string.Join(", ", other.Take(10).Select(p => $"{p.Id} (a {p.Type.ToString().ToLowerInvariant()})"))}, " +
                                          $"not of 'fromType' {string.Join(",", types)}; drop 'fromType' or those ids.");
            }
            return places;
        }
        var wanted = (types ?? DefaultFromTypes).Select(t => PlaceTypes.Parse(t)
            ?? throw QueryParser.Bad($"'fromType' must be among village, town, hamlet, lsoa, not '{t}'.")).ToHashSet();
        return engine.Places.Where(p => wanted.Contains(p.Type)).ToArray();
    }

    internal static IReadOnlyList<Destination> ResolveDestinations(AccessEngine engine, string[]? ids)
    {
        if (ids is null) return engine.Destinations;
        var missing = ids.Where(id => engine.FindDestination(id) is null).ToArray();
        if (missing.Length > 0)
            throw QueryParser.NotFound($"Unknown destination id(s): {string.Join(", ", missing)}. Known: {string.Join(", ", engine.Destinations.Select(d => d.Id))}.");
        return ids.Select(id => engine.FindDestination(id)!).ToArray();
    }

    /// <summary>
    /// A public-transport answer: <c>timetableModelled</c> is true when any feed used (in force that day) is a modelled
    /// one (feed_info); <c>serviceOnDate</c>, <c>feedsInForce</c> and <c>warnings</c> as <see cref="ServiceDates"/> sets them.
    /// </summary>
    public sealed record PtTravelTimesResponse(string Mode, string Method, PtWindowDto Window, bool TimetableModelled, bool ServiceOnDate,
        IReadOnlyList<string> FeedsInForce, IReadOnlyList<PtWarning> Warnings, IReadOnlyList<TransitFeedSummary> Feeds, IReadOnlyList<DatasetProvenance> Provenance, IReadOnlyList<PtTravelTimeDto> Results);

    public sealed record TravelTimesResponse(string Mode, string Method, IReadOnlyList<DatasetProvenance> Provenance, IReadOnlyList<TravelTimeDto> Results);
}
