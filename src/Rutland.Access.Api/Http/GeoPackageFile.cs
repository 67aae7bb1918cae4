using Microsoft.AspNetCore.Http.HttpResults;
using Rutland.Access.Interop;

namespace Rutland.Access.Api.Http;

/// <summary>
/// <c>format=gpkg</c>: an answer's GeoJSON read back into layers and written as a GeoPackage attachment, so the file
/// carries exactly the GeoJSON answer's features, fields, method and provenance.
/// </summary>
public static class GeoPackageFile
{
    /// <summary>The GeoPackage media type registered with IANA (OGC 12-128r18, annex).</summary>
    public const string MediaType = "application/geopackage+sqlite3";

    /// <summary>format on the layer endpoints that answer GeoJSON: geojson (default, false) or gpkg (true).</summary>
    public static readonly IReadOnlyDictionary<string, bool> Formats = new Dictionary<string, bool> { ["geojson"] = false, ["gpkg"] = true };

    public static FileContentHttpResult Of(GeoJsonResult answer, string layerId, string title, string description, NativeCrs nativeCrs) =>
        Of([FeatureLayerReader.Read(answer.ToUtf8(), layerId, title, description, nativeCrs)], layerId);

    public static FileContentHttpResult Of(IReadOnlyList<FeatureLayer> layers, string fileName) =>
        TypedResults.File(GeoPackageWriter.ToBytes(layers, DateTimeOffset.UtcNow), MediaType, $"{fileName}.gpkg");
}
