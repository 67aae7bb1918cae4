using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using Rutland.Access.Geo;

namespace Rutland.Access.Interop;

/// <summary>
/// Encodes one tile of a layer as a Mapbox Vector Tile 2.1 with NetTopologySuite.IO.VectorTiles.Mapbox: features clipped
/// to the tile plus a buffer (so polygon edges do not draw at tile seams), every flattened property as a tile value
/// (typed as in the whole layer, so a column has one type in every tile; nulls are absent, as MVT has no null).
/// </summary>
public static class VectorTileEncoder
{
    /// <summary>The MVT default: 4096 units across a tile.</summary>
    public const uint Extent = 4096;

    /// <summary>64 units of buffer each side, as Mapbox's own tilers use by default, in units of the tile's width.</summary>
    public const double BufferFraction = 64.0 / Extent;

    /// <summary>The attribute carrying the GeoJSON feature id (MVT ids are integers; ours are codes like E01013375).</summary>
    public const string FeatureIdAttribute = "feature_id";

    /// <summary>The tile, or null when no feature of the layer reaches it.</summary>
    public static byte[]? Encode(FeatureLayer layer, IReadOnlyList<FlatField> fields, TileAddress address)
    {
        var bounds = address.Bounds;
        var clip = new Envelope(bounds);
        clip.ExpandBy(bounds.Width * BufferFraction, bounds.Height * BufferFraction);
        var clipPolygon = GeometryFactories.Wgs84.ToGeometry(clip);
        var kinds = fields.ToDictionary(f => f.Name, f => f.Kind);

        var tileLayer = new Layer { Name = layer.Id };
        foreach (var feature in layer.Features)
        {
            if (!feature.Geometry.EnvelopeInternal.Intersects(feature.Geometry is Point ? bounds : clip)) continue;
            var geometry = feature.Geometry is Point ? feature.Geometry : SameDimension(clipPolygon.Intersection(feature.Geometry), feature.Geometry);
            if (geometry.IsEmpty) continue;
            var attributes = new AttributesTable();
            if (feature.Id is { } id) attributes.Add(FeatureIdAttribute, id);
            foreach (var (name, value) in FlatProperties.Flatten(feature.Properties))
                if (FlatProperties.Value(value, kinds[name]) is { } v) attributes.Add(name, v);
            tileLayer.Features.Add(new Feature(geometry, attributes));
        }
        if (tileLayer.Features.Count == 0) return null;

        var tile = new VectorTile { TileId = new NetTopologySuite.IO.VectorTiles.Tiles.Tile(address.X, address.Y, address.Z).Id };
        tile.Layers.Add(tileLayer);
        using var stream = new MemoryStream();
        tile.Write(stream, MapboxTileWriter.DefaultMinLinealExtent, MapboxTileWriter.DefaultMinPolygonalExtent, Extent);
        return stream.ToArray();
    }

    /// <summary>A clip can leave a polygon's touching edge as a line or point: the tile keeps only the source's own dimension.</summary>
    private static Geometry SameDimension(Geometry clipped, Geometry source)
    {
        if (clipped is not GeometryCollection collection || clipped.GetType() != typeof(GeometryCollection)) return clipped;
        var parts = Enumerable.Range(0, collection.NumGeometries).Select(collection.GetGeometryN)
            .Where(g => g.Dimension == source.Dimension).ToArray();
        return clipped.Factory.BuildGeometry(parts);
    }
}
