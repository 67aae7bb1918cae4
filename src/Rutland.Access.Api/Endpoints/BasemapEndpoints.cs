using Rutland.Access.Analysis;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Roads;

namespace Rutland.Access.Api.Endpoints;

public static class BasemapEndpoints
{
    public static IEndpointRouteBuilder MapBasemapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/basemap").WithTags("Basemap")
            .MapGet("/roads", Roads)
            .WithName("ListMajorRoads")
            .ProducesGeoJson()
            .WithSummary("The car network's motorway, trunk, primary, secondary and tertiary roads as GeoJSON lines, one feature per OSM way, with its class.")
            .WithDescription("Drawn from the routing graph itself, so the web map needs no tiles from the internet.");
        return app;
    }

    private static GeoJsonResult Roads(AccessEngine engine) => new(writer =>
    {
        writer.WriteStartFeatureCollection();
        foreach (var road in MajorRoadLines.Build(engine.Car.Graph, RoadClass.Tertiary))
            writer.WriteFeature(road.Line, $"way/{road.WayId}", json =>
                json.WriteString("class", road.Class.ToString().ToLowerInvariant()));
        writer.WriteEndFeatureCollection();
    });
}
