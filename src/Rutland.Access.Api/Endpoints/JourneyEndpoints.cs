using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Api.Http;
using Rutland.Access.Geo;
using Rutland.Access.Places;

namespace Rutland.Access.Api.Endpoints;

public static class JourneyEndpoints
{
    private static readonly Dictionary<string, TravelMode> Modes = new() { ["drive"] = TravelMode.Drive };

    public static IEndpointRouteBuilder MapJourneyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/journey").WithTags("Journeys").AddEndpointFilter<QueryExceptionFilter>()
            .MapGet("/", Get)
            .WithName("GetJourney")
            .WithSummary("One itinerary from a place id or 'lat,lon' to a destination id or 'lat,lon', with legs and their lines.");
        return app;
    }

    private static IResult Get(AccessEngine engine, string? from, string? to, string? mode, string? departure)
    {
        QueryParser.Enum(mode, "mode", TravelMode.Drive, Modes);
        if (departure is not null) DepartureParser.Parse(departure, "departure");
        var (fromPoint, fromId) = ResolveOrigin(engine, from ?? throw QueryParser.Bad("'from' is required: a place id or 'lat,lon'."));
        var (toPoint, destination) = ResolveDestination(engine, to ?? throw QueryParser.Bad("'to' is required: a destination id or 'lat,lon'."));

        var journey = engine.PlanDrive(fromPoint, toPoint, destination);
        if (journey is null)
            throw QueryParser.Unprocessable($"No drive exists from {fromPoint}: it is more than 500 m from the road network or cut off from it.");
        return TypedResults.Ok(new JourneyResponse("drive", fromId, fromPoint.Lat, fromPoint.Lon, destination?.Id, toPoint.Lat, toPoint.Lon,
            Math.Round(journey.Minutes, 1), Math.Round(journey.DistanceKm, 2), journey.Estimated, Math.Round(journey.OffNetworkKm, 2),
            Math.Round(journey.OriginSnapMeters, 0),
            journey.Legs.Select(l => new LegDto(l.Mode, Math.Round(l.Minutes, 1), Math.Round(l.DistanceKm, 2), l.Estimated,
                l.Line.Select(p => new[] { Math.Round(p.Lon, 6), Math.Round(p.Lat, 6) }).ToArray())).ToArray(),
            DriveMethod.Describe(engine), engine.Provenance));
    }

    private static (LatLon Point, string? Id) ResolveOrigin(AccessEngine engine, string value)
    {
        if (engine.FindPlace(value) is { } place) return (place.Location, place.Id);
        if (!value.Contains(','))
            throw QueryParser.NotFound($"Unknown place id '{value}'. List places at /api/v1/places, or give 'lat,lon'.");
        return (QueryParser.Point(value, "from"), null);
    }

    private static (LatLon Point, Destination? Destination) ResolveDestination(AccessEngine engine, string value)
    {
        if (engine.FindDestination(value) is { } d) return (d.Location, d);
        if (!value.Contains(','))
            throw QueryParser.NotFound($"Unknown destination id '{value}'. Known: {string.Join(", ", engine.Destinations.Select(x => x.Id))}; or give 'lat,lon'.");
        return (QueryParser.Point(value, "to"), null);
    }

    public sealed record JourneyResponse(string Mode, string? From, double FromLat, double FromLon, string? To, double ToLat, double ToLon,
        double Minutes, double DistanceKm, bool Estimated, double OffNetworkKm, double OriginSnapMeters, IReadOnlyList<LegDto> Legs,
        string Method, IReadOnlyList<DatasetProvenance> Provenance);

    /// <summary>A leg; <c>coordinates</c> is a GeoJSON LineString's [lon, lat] positions.</summary>
    public sealed record LegDto(string Mode, double Minutes, double DistanceKm, bool Estimated, double[][] Coordinates);
}
