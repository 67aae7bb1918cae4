using System.Collections.Concurrent;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Endpoints;
using Rutland.Access.Geo;
using Rutland.Access.Interop;
using Rutland.Access.Routing;

namespace Rutland.Access.Api.Http;

/// <summary>
/// The read-only layers served as OGC API – Features collections and vector tiles: each is the GeoJSON answer of its
/// own endpoint at that endpoint's defaults (equity at the default window and thresholds; travel times from every
/// village, town and hamlet to one destination by one mode), read back once and kept — the engine is immutable, so the
/// same layer never changes while the process runs.
/// </summary>
public sealed class InteropLayers
{
    public sealed record Source(string Id, string Title, string Description, NativeCrs NativeCrs, Func<GeoJsonResult> Build);

    private readonly ConcurrentDictionary<string, Lazy<FeatureLayer>> _layers = new();
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<FlatField>>> _fields = new();
    private readonly ConcurrentDictionary<(string Layer, TileAddress Tile), byte[]?> _tiles = new();
    private readonly Dictionary<string, Source> _byId;

    /// <summary>
    /// Tiles kept once encoded (layers never change): clipping dominates a tile's cost (5-60 ms cold). Rutland's data
    /// touches ~2,000 tiles per layer down to zoom 14; past this many in all, tiles are encoded per request instead.
    /// </summary>
    public const int MaxCachedTiles = 20_000;

    public IReadOnlyList<Source> Sources { get; }

    public InteropLayers(AccessEngine engine)
    {
        // The equity endpoints read their window and thresholds from the query: an empty request gives the defaults.
        var defaults = new DefaultHttpContext().Request;
        var sources = new List<Source>
        {
            new("equity-lsoas", EquityEndpoints.LsoaLayerTitle, EquityEndpoints.LsoaLayerDescription + " Default window and thresholds.",
                NativeCrs.BritishNationalGrid, () => EquityEndpoints.LsoasGeoJson(engine, defaults)),
            new("equity-wards", EquityEndpoints.WardLayerTitle, EquityEndpoints.WardLayerDescription + " Default window and thresholds.",
                NativeCrs.BritishNationalGrid, () => EquityEndpoints.WardsGeoJson(engine, defaults)),
            new("places", "Places", "Towns, villages, hamlets (OSM) and LSOA population-weighted centroids: the origins of travel times (equity and scenario figures start from the population surface's cells).",
                NativeCrs.Wgs84, () => PlacesEndpoints.Get(engine, null)),
            new("destinations", "Destinations", "The hospitals travel times are computed to; onNetwork is false where the road extract does not reach them.",
                NativeCrs.Wgs84, () => Destinations(engine)),
            new("boundaries-lsoas", "LSOA boundaries (2011)", "Rutland's LSOAs, the geography of IMD 2019.",
                NativeCrs.BritishNationalGrid, () => BoundariesEndpoints.Areas(engine, engine.Equity.Lsoa11Boundaries)),
            new("boundaries-wards", "Ward boundaries (2022)", "Rutland's electoral wards (December 2022, generalised).",
                NativeCrs.BritishNationalGrid, () => BoundariesEndpoints.Areas(engine, engine.Equity.WardBoundaries)),
            new("boundaries-county", "County boundary", "Rutland's outline, the union of its wards.",
                NativeCrs.BritishNationalGrid, () => BoundariesEndpoints.County(engine)),
        };
        foreach (var mode in ModeRegistry.All)
            foreach (var d in engine.Destinations)
            {
                string modeName = mode.Timetabled ? $"{mode.Title} (default window)" : mode.Title;
                sources.Add(new($"travel-times-{mode.Name}-{d.Id}", $"Travel times by {modeName} to {d.Name}",
                    $"One point per village, town and hamlet: minutes to {d.Name} by {modeName}, with reachable/estimated per place.",
                    NativeCrs.Wgs84, () => TravelTimes(engine, mode.Name, d.Id)));
            }
        Sources = sources;
        _byId = sources.ToDictionary(s => s.Id);
    }

    public Source? Find(string id) => _byId.GetValueOrDefault(id);

    public FeatureLayer Layer(Source source) => _layers.GetOrAdd(source.Id, _ => new Lazy<FeatureLayer>(() =>
        FeatureLayerReader.Read(source.Build().ToUtf8(), source.Id, source.Title, source.Description, source.NativeCrs))).Value;

    /// <summary>The layer's flattened columns, typed over all its features (so each tile types a column alike).</summary>
    public IReadOnlyList<FlatField> Fields(Source source) => _fields.GetOrAdd(source.Id, _ => new Lazy<IReadOnlyList<FlatField>>(() =>
        FlatProperties.Schema(Layer(source).Features.Select(f => f.Properties)))).Value;

    /// <summary>The tile's MVT bytes, or null when no feature reaches it.</summary>
    public byte[]? Tile(Source source, TileAddress address)
    {
        if (_tiles.TryGetValue((source.Id, address), out var cached)) return cached;
        var tile = VectorTileEncoder.Encode(Layer(source), Fields(source), address);
        if (_tiles.Count < MaxCachedTiles) _tiles.TryAdd((source.Id, address), tile);
        return tile;
    }

    private static GeoJsonResult TravelTimes(AccessEngine engine, string mode, string destination) =>
        TravelTimeEndpoints.Get(engine, mode, null, destination, null, null, "geojson", null, null, null, null, null, null, null, null, null, null, CancellationToken.None) as GeoJsonResult
        ?? throw new InvalidOperationException("travel-times with format=geojson must answer GeoJSON");

    private static GeoJsonResult Destinations(AccessEngine engine) => new(writer =>
    {
        writer.WriteStartFeatureCollection(json =>
        {
            json.WritePropertyName("provenance");
            System.Text.Json.JsonSerializer.Serialize(json, engine.Provenance, JsonMembers.Options);
        });
        foreach (var d in DestinationsEndpoints.Dtos(engine))
            writer.WriteFeature(GeometryFactories.Wgs84Point(new LatLon(d.Lat, d.Lon)), d.Id, json => JsonMembers.Write(json, d));
        writer.WriteEndFeatureCollection();
    });
}
