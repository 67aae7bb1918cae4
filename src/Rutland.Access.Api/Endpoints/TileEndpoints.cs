using Rutland.Access.Api.OpenApi;
using Rutland.Access.Api.Http;
using Rutland.Access.Interop;

namespace Rutland.Access.Api.Endpoints;

/// <summary>
/// Mapbox vector tiles of the read-only layers (<see cref="InteropLayers"/>: equity LSOAs and wards, travel times per
/// mode and destination, and the other OGC collections), one MVT layer named as the collection. A tile no feature
/// reaches is 204 No Content, as tile servers answer outside their data; a z/x/y off the pyramid is a 400 problem.
/// </summary>
public static class TileEndpoints
{
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    public static IEndpointRouteBuilder MapTileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/tiles").WithTags("Vector tiles").AddEndpointFilter<QueryExceptionFilter>()
            .MapGet("/{layer}/{z}/{x}/{y}.mvt", Get)
            .WithName("GetVectorTile")
            .ProducesAnswers([], "application/vnd.mapbox-vector-tile")
            .WithSummary("A Mapbox vector tile (XYZ, web mercator) of a layer; layers are the /ogc/collections ids, e.g. equity-lsoas, travel-times-drive-rmh.")
            .WithDescription($"z: 0-{TileAddress.MaxZoom}; x, y: 0 to 2^z - 1. 204 when no feature reaches the tile. Properties as in the GeoJSON " +
                             "answer, nested members joined by '_', lists as JSON text; the feature's id is 'feature_id'.");
        return app;
    }

    private static IResult Get(InteropLayers layers, string layer, string z, string x, string y)
    {
        var source = layers.Find(layer) ?? throw QueryParser.NotFound(
            $"No tile layer '{layer}'. Layers: {string.Join(", ", layers.Sources.Select(s => s.Id))}.");
        var address = int.TryParse(z, out int zi) && int.TryParse(x, out int xi) && int.TryParse(y, out int yi) ? TileAddress.Of(zi, xi, yi) : null;
        if (address is null)
            throw QueryParser.Bad($"No tile {z}/{x}/{y}: z must be a whole number 0-{TileAddress.MaxZoom}, and x and y whole numbers 0 to 2^z - 1.");
        var tile = layers.Tile(source, address);
        return tile is null ? TypedResults.NoContent() : TypedResults.Bytes(tile, MediaType);
    }
}
