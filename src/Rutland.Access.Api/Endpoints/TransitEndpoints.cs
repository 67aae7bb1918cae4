using Rutland.Access.Analysis;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Geo;

namespace Rutland.Access.Api.Endpoints;

/// <summary>
/// The loaded timetables' stops and routes, so a map can draw a journey's ride legs between their stops and a planner
/// can pick a route to remove or re-time in a scenario.
/// </summary>
public static class TransitEndpoints
{
    public static IEndpointRouteBuilder MapTransitEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/transit").WithTags("Public transport");
        group.MapGet("/stops", Stops)
            .WithName("ListTransitStops")
            .ProducesGeoJson()
            .WithSummary("Every stop some trip calls at, as GeoJSON points with the ids and names journey legs use.");
        group.MapGet("/routes", Routes)
            .WithName("ListTransitRoutes")
            .Produces<RouteDto[]>()
            .WithSummary("Every route of the loaded timetables: the id scenarios take (removeRoute, adjustRouteService), its name, mode and feed.");
        return app;
    }

    private static GeoJsonResult Stops(AccessEngine engine) => new(writer =>
    {
        writer.WriteStartFeatureCollection();
        foreach (var stop in engine.Transit.Stops.Stops)
            writer.WriteFeature(GeometryFactories.Wgs84Point(new LatLon(stop.Lat, stop.Lon)), stop.Id, json =>
            {
                json.WriteString("id", stop.Id);
                json.WriteString("name", stop.Name);
            });
        writer.WriteEndFeatureCollection();
    });

    private static IResult Routes(AccessEngine engine) => TypedResults.Ok(engine.Transit.Feed.Routes
        .Select(r => new RouteDto(r.Id, r.ShortName, r.LongName, r.Mode.ToString().ToLowerInvariant(),
            engine.Transit.Feed.Trips.Count(t => t.RouteId == r.Id)))
        .ToArray());

    /// <summary>A route as scenarios name it; <c>trips</c> counts its trips on every service day of the feed.</summary>
    public sealed record RouteDto(string Id, string? ShortName, string? LongName, string Mode, int Trips);
}
