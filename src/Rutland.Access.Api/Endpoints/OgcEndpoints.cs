using Rutland.Access.Api.OpenApi;
using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Rutland.Access.Api.Http;
using Rutland.Access.Interop;

namespace Rutland.Access.Api.Endpoints;

/// <summary>
/// OGC API – Features Part 1 (Core, GeoJSON) over the read-only layers (<see cref="InteropLayers"/>), the protocol QGIS
/// and GDAL's OAPIF driver add as a layer: landing page, conformance, collections, items with bbox/limit/offset and
/// next links, and single features. Coordinates are CRS84 (lon, lat), the spec's default.
/// </summary>
public static class OgcEndpoints
{
    public const string Prefix = "/ogc";
    public const int DefaultLimit = 100, MaxLimit = 1000;
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private const string Json = "application/json", GeoJson = "application/geo+json";

    /// <summary>What the items operation takes (/req/core/query-param-unknown: anything else is a 400).</summary>
    private static readonly HashSet<string> ItemsParameters = ["bbox", "limit", "offset", "f"];

    /// <summary>f: the only encoding served; accepted so clients that always send it are not refused.</summary>
    private static readonly Dictionary<string, bool> Encodings = new() { ["json"] = true, ["geojson"] = true };

    public static IEndpointRouteBuilder MapOgcEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("OGC API - Features").AddEndpointFilter<QueryExceptionFilter>();
        group.MapGet("/", Landing).WithName("OgcLandingPage").ProducesAnswers([], "application/json")
            .WithSummary("OGC API – Features landing page: links to the API definition, conformance and collections.");
        group.MapGet("/conformance", Conformance).WithName("OgcConformance").ProducesAnswers([], "application/json")
            .WithSummary("The conformance classes implemented: Part 1 Core and GeoJSON.");
        group.MapGet("/collections", Collections).WithName("OgcCollections").ProducesAnswers([], "application/json")
            .WithSummary("Every collection: equity LSOAs and wards, places, destinations, boundaries, travel times per mode and destination.");
        group.MapGet("/collections/{collectionId}", Collection).WithName("OgcCollection").ProducesAnswers([], "application/json")
            .WithSummary("One collection: title, description, extent, links, and the answer's method and provenance.");
        group.MapGet("/collections/{collectionId}/items", Items).WithName("OgcItems").ProducesGeoJson()
            .WithSummary("The collection's features as GeoJSON, selected by bbox and paged by limit/offset with next links.")
            .WithDescription($"bbox: minLon,minLat,maxLon,maxLat (CRS84). limit: 1-{MaxLimit} (default {DefaultLimit}). offset: features to skip " +
                             "(default 0; the next link sets it). numberMatched counts every feature the bbox selects.");
        group.MapGet("/collections/{collectionId}/items/{featureId}", Item).WithName("OgcItem").ProducesGeoJson()
            .WithSummary("One feature of a collection, by id.");
        return app;
    }

    public sealed record Link(string Href, string Rel, string Type, string? Title = null);

    public sealed record LandingPage(string Title, string Description, IReadOnlyList<Link> Links);

    public sealed record ConformanceDeclaration(IReadOnlyList<string> ConformsTo);

    public sealed record SpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);

    public sealed record Extent(SpatialExtent Spatial);

    public sealed record CollectionDto(string Id, string Title, string Description, IReadOnlyList<Link> Links, Extent? Extent,
        string ItemType, IReadOnlyList<string> Crs, IReadOnlyDictionary<string, JsonElement> Metadata);

    public sealed record CollectionsDto(IReadOnlyList<Link> Links, IReadOnlyList<CollectionDto> Collections);

    private static IResult Landing(HttpRequest request)
    {
        string root = Root(request);
        return TypedResults.Json(new LandingPage("Rutland Access",
            "Travel times to hospitals by car and public transport, deprivation and equity flags for Rutland, as OGC API – Features.",
            [
                new($"{root}", "self", Json, "This document"),
                new($"{Origin(request)}/openapi/v1.json", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
                new($"{root}/conformance", "conformance", Json, "Conformance classes"),
                new($"{root}/collections", "data", Json, "Collections"),
            ]), JsonMembers.Options);
    }

    private static IResult Conformance() => TypedResults.Json(new ConformanceDeclaration(
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ]), JsonMembers.Options);

    private static IResult Collections(HttpRequest request, InteropLayers layers)
    {
        string root = Root(request);
        return TypedResults.Json(new CollectionsDto([new($"{root}/collections", "self", Json, "Collections")],
            layers.Sources.Select(s => Describe(root, s, layers.Layer(s))).ToArray()), JsonMembers.Options);
    }

    private static IResult Collection(HttpRequest request, InteropLayers layers, string collectionId)
    {
        var source = Find(layers, collectionId);
        return TypedResults.Json(Describe(Root(request), source, layers.Layer(source)), JsonMembers.Options);
    }

    private static IResult Items(HttpRequest request, InteropLayers layers, string collectionId)
    {
        var source = Find(layers, collectionId);
        if (request.Query.Keys.FirstOrDefault(k => !ItemsParameters.Contains(k)) is { } unknown)
            throw QueryParser.Bad($"Unknown query parameter '{unknown}': items take {string.Join(", ", ItemsParameters)}.");
        string? Q(string name) => request.Query.TryGetValue(name, out var v) ? v.ToString() : null;
        QueryParser.Enum(Q("f"), "f", true, Encodings);
        var bbox = Bbox(Q("bbox"));
        int limit = Q("limit") is { } l ? Number(l, "limit", 1, MaxLimit, int.Parse) : DefaultLimit;
        int offset = Q("offset") is { } o ? Number(o, "offset", 0, int.MaxValue, int.Parse) : 0;
        var layer = layers.Layer(source);
        var page = FeaturePage.Select(layer, bbox, offset, limit);

        string items = $"{Root(request)}/collections/{source.Id}/items";
        string Page(int at) => $"{items}?{string.Join('&', new[] { Q("bbox") is { } b ? $"bbox={Uri.EscapeDataString(b)}" : null, $"limit={limit}", $"offset={at}" }.OfType<string>())}";
        var links = new List<Link> { new(Page(offset), "self", GeoJson, "This page") };
        if (page.HasNext) links.Add(new(Page(offset + limit), "next", GeoJson, "Next page"));
        if (offset > 0) links.Add(new(Page(Math.Max(0, offset - limit)), "prev", GeoJson, "Previous page"));
        links.Add(new($"{Root(request)}/collections/{source.Id}", "collection", Json, source.Title));

        return new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json =>
            {
                WriteMetadata(json, layer);
                json.WriteNumber("numberMatched", page.Matched);
                json.WriteNumber("numberReturned", page.Features.Count);
                json.WriteString("timeStamp", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WritePropertyName("links");
                JsonSerializer.Serialize(json, links, JsonMembers.Options);
            });
            foreach (var feature in page.Features)
                writer.WriteFeature(feature.Geometry, feature.Id, json => WriteProperties(json, feature));
            writer.WriteEndFeatureCollection();
        });
    }

    private static IResult Item(HttpRequest request, InteropLayers layers, string collectionId, string featureId)
    {
        var source = Find(layers, collectionId);
        var feature = layers.Layer(source).Features.FirstOrDefault(f => f.Id == featureId)
            ?? throw QueryParser.NotFound($"Collection '{collectionId}' has no feature '{featureId}'.");
        string root = Root(request);
        // Our GeoJSON writer writes a feature's standard members; the OGC links are added to that object.
        var node = System.Text.Json.Nodes.JsonNode.Parse(new GeoJsonResult(writer => writer.WriteFeature(feature.Geometry, feature.Id,
            json => WriteProperties(json, feature))).ToUtf8().Span)!;
        node["links"] = JsonSerializer.SerializeToNode(new Link[]
        {
            new($"{root}/collections/{source.Id}/items/{Uri.EscapeDataString(featureId)}", "self", GeoJson, "This feature"),
            new($"{root}/collections/{source.Id}", "collection", Json, source.Title),
        }, JsonMembers.Options);
        return TypedResults.Text(node.ToJsonString(), GeoJson);
    }

    private static void WriteProperties(Utf8JsonWriter json, Geo.GeoJsonFeature feature)
    {
        foreach (var (name, value) in feature.Properties)
        {
            json.WritePropertyName(name);
            value.WriteTo(json);
        }
    }

    private static CollectionDto Describe(string root, InteropLayers.Source source, FeatureLayer layer)
    {
        var e = layer.Extent;
        return new CollectionDto(source.Id, source.Title, source.Description,
            [
                new($"{root}/collections/{source.Id}", "self", Json, source.Title),
                new($"{root}/collections/{source.Id}/items", "items", GeoJson, "Features as GeoJSON"),
            ],
            e.IsNull ? null : new Extent(new SpatialExtent([[e.MinX, e.MinY, e.MaxX, e.MaxY]], Crs84)), "feature", [Crs84], layer.Metadata);
    }

    private static void WriteMetadata(Utf8JsonWriter json, FeatureLayer layer)
    {
        foreach (var (name, value) in layer.Metadata)
        {
            json.WritePropertyName(name);
            value.WriteTo(json);
        }
    }

    private static InteropLayers.Source Find(InteropLayers layers, string id) => layers.Find(id)
        ?? throw QueryParser.NotFound($"No collection '{id}'. List them at {Prefix}/collections.");

    /// <summary>bbox = minLon,minLat,maxLon,maxLat in CRS84; a box across the antimeridian or with heights is refused, not guessed.</summary>
    private static Envelope? Bbox(string? value)
    {
        if (value is null) return null;
        var parts = value.Split(',');
        if (parts.Length != 4)
            throw QueryParser.Bad($"'bbox' must be four numbers minLon,minLat,maxLon,maxLat (CRS84), not '{value}'.");
        double minLon = Number(parts[0], "bbox minLon", -180, 180, double.Parse), minLat = Number(parts[1], "bbox minLat", -90, 90, double.Parse);
        double maxLon = Number(parts[2], "bbox maxLon", -180, 180, double.Parse), maxLat = Number(parts[3], "bbox maxLat", -90, 90, double.Parse);
        if (minLat > maxLat) throw QueryParser.Bad($"'bbox' has minLat {parts[1]} above maxLat {parts[3]}.");
        if (minLon > maxLon) throw QueryParser.Bad($"'bbox' has minLon {parts[0]} east of maxLon {parts[2]}; boxes across the antimeridian are not supported.");
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    /// <summary>A number in range, or a 400 (OGC /req/core/query-param-invalid: an invalid value is a 400, not a 422).</summary>
    private static T Number<T>(string text, string name, T min, T max, Func<string, IFormatProvider, T> parse) where T : struct, IComparable<T>
    {
        T value;
        try { value = parse(text.Trim(), CultureInfo.InvariantCulture); }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw QueryParser.Bad($"'{name}' must be a number from {min} to {max}, not '{text}'.");
        }
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0 || value is double d && !double.IsFinite(d))
            throw QueryParser.Bad($"'{name}' must be from {min} to {max}, not {text}.");
        return value;
    }

    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static string Root(HttpRequest request) => Origin(request) + Prefix;
}
