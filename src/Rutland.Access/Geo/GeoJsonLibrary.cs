using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace Rutland.Access.Geo;

/// <summary>
/// NetTopologySuite.IO.GeoJSON4STJ as our reader and writer use it: geometries built by the WGS84 factory (SRID 4326)
/// and rings written by RFC 7946's right-hand rule (exterior counter-clockwise, holes clockwise). Built once:
/// System.Text.Json caches converters per options instance, and the options are thread-safe once used.
/// </summary>
internal static class GeoJsonLibrary
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            Converters =
            {
                new GeoJsonConverterFactory(GeometryFactories.Wgs84, writeGeometryBBox: false,
                    GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
