using NetTopologySuite.Operation.Union;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Equity;
using Rutland.Access.Geo;

namespace Rutland.Access.Api.Endpoints;

public static class BoundariesEndpoints
{
    public static IEndpointRouteBuilder MapBoundariesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/boundaries").WithTags("Boundaries");
        group.MapGet("/wards", (AccessEngine engine) => Areas(engine, engine.Equity.WardBoundaries))
            .WithName("ListWardBoundaries")
            .ProducesGeoJson()
            .WithSummary("Rutland's electoral wards (December 2022, generalised) as GeoJSON polygons with code and name.");
        group.MapGet("/lsoas", (AccessEngine engine) => Areas(engine, engine.Equity.Lsoa11Boundaries))
            .WithName("ListLsoaBoundaries")
            .ProducesGeoJson()
            .WithSummary("Rutland's LSOAs (2011, the geography of IMD 2019 and the LSOA origins) as GeoJSON polygons with code and name.");
        group.MapGet("/county", County)
            .WithName("GetCountyBoundary")
            .ProducesGeoJson()
            .WithSummary("Rutland's outline, the union of its wards, as one GeoJSON feature.");
        return app;
    }

    internal static GeoJsonResult Areas(AccessEngine engine, IReadOnlyList<AreaBoundary> areas) => new(writer =>
    {
        writer.WriteStartFeatureCollection(json => WriteProvenance(json, engine));
        foreach (var area in areas)
            writer.WriteFeature(BritishNationalGrid.ToWgs84(area.Bng), area.Code, json =>
            {
                json.WriteString("code", area.Code);
                json.WriteString("name", area.Name);
            });
        writer.WriteEndFeatureCollection();
    });

    internal static GeoJsonResult County(AccessEngine engine) => new(writer =>
    {
        // Dissolved on request rather than stored: 15 ward polygons union in a few milliseconds.
        var outline = UnaryUnionOp.Union(engine.Equity.WardBoundaries.Select(w => w.Bng).ToArray());
        writer.WriteStartFeatureCollection(json => WriteProvenance(json, engine));
        writer.WriteFeature(BritishNationalGrid.ToWgs84(outline), "rutland", json => json.WriteString("name", "Rutland"));
        writer.WriteEndFeatureCollection();
    });

    private static void WriteProvenance(System.Text.Json.Utf8JsonWriter json, AccessEngine engine)
    {
        json.WritePropertyName("provenance");
        System.Text.Json.JsonSerializer.Serialize(json, engine.Provenance, JsonMembers.Options);
    }
}
