using NetTopologySuite.Geometries;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Geo;
using Rutland.Access.Places;

namespace Rutland.Access.Api.Endpoints;

public static class PlacesEndpoints
{
    public static IEndpointRouteBuilder MapPlacesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/places").WithTags("Places").AddEndpointFilter<QueryExceptionFilter>()
            .MapGet("/", Get)
            .WithName("ListPlaces")
            .ProducesGeoJson()
            .WithSummary("Origins as a GeoJSON FeatureCollection: Rutland's towns, villages and hamlets, and LSOA population-weighted centroids.")
            .WithDescription("type: comma-separated village, town, hamlet, lsoa (default all).");
        return app;
    }

    internal static GeoJsonResult Get(AccessEngine engine, string? type)
    {
        var wanted = QueryParser.List(type, "type")?.Select(t => PlaceTypes.Parse(t)
            ?? throw QueryParser.Bad($"'type' must be among village, town, hamlet, lsoa, not '{t}'.")).ToHashSet();
        var places = engine.Places.Where(p => wanted is null || wanted.Contains(p.Type)).ToArray();
        var wardNames = engine.Equity.WardBoundaries.ToDictionary(w => w.Code, w => w.Name);
        return new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json =>
            {
                json.WritePropertyName("provenance");
                System.Text.Json.JsonSerializer.Serialize(json, engine.Provenance, JsonMembers.Options);
            });
            foreach (var p in places)
            {
                writer.WriteFeature(GeometryFactories.Wgs84Point(p.Location), p.Id, json =>
                    JsonMembers.Write(json, new PlaceProperties(p.Id, p.Name, PlaceTypes.Name(p.Type), p.Lsoa, p.Ward,
                        p.Ward is { } w ? wardNames.GetValueOrDefault(w) : null, p.Population,
                        p.Type == PlaceType.Lsoa ? "ONS mid-2020 count" : Rutland.Access.Population.SettlementPopulation.Method)));
            }
            writer.WriteEndFeatureCollection();
        });
    }

    public sealed record PlaceProperties(string Id, string Name, string Type, string? Lsoa, string? Ward, string? WardName, int? Population,
        string PopulationMethod);
}
