using System.Text.Json;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;

namespace Rutland.Access.Interop;

/// <summary>
/// One layer as the API answers it, ready for any interchange format: WGS84 features with their JSON properties, and
/// the answer's collection-level members (method, provenance, window, warnings) that say what the figures mean.
/// </summary>
public sealed record FeatureLayer(string Id, string Title, string Description, IReadOnlyList<GeoJsonFeature> Features,
    IReadOnlyDictionary<string, JsonElement> Metadata, NativeCrs NativeCrs)
{
    /// <summary>The WGS84 extent of every feature (null envelope when the layer is empty).</summary>
    public Envelope Extent { get; } = Features.Aggregate(new Envelope(), (e, f) => { e.ExpandToInclude(f.Geometry.EnvelopeInternal); return e; });
}
