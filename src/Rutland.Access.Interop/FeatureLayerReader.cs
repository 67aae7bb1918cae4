using System.Text.Json;
using Rutland.Access.Geo;

namespace Rutland.Access.Interop;

/// <summary>
/// Reads an API answer written as a GeoJSON FeatureCollection back into a <see cref="FeatureLayer"/>, so GeoPackages,
/// OGC API collections and vector tiles carry exactly the fields and foreign members of the GeoJSON answer, built by
/// one piece of code per layer.
/// </summary>
public static class FeatureLayerReader
{
    private static readonly HashSet<string> GeoJsonMembers = ["type", "features", "bbox"];

    public static FeatureLayer Read(ReadOnlyMemory<byte> geoJson, string id, string title, string description, NativeCrs nativeCrs)
    {
        using var stream = new MemoryStream(geoJson.ToArray(), writable: false);
        var features = GeoJsonReader.ReadFeatureCollection(stream, $"layer {id}");
        using var document = JsonDocument.Parse(geoJson);
        var metadata = document.RootElement.EnumerateObject()
            .Where(m => !GeoJsonMembers.Contains(m.Name))
            .ToDictionary(m => m.Name, m => m.Value.Clone());
        return new FeatureLayer(id, title, description, features, metadata, nativeCrs);
    }
}
