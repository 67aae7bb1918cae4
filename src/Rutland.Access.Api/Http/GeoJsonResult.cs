using System.Text.Json;
using Rutland.Access.Geo;

namespace Rutland.Access.Api.Http;

/// <summary>Streams a GeoJSON document written by our <see cref="GeoJsonWriter"/> as application/geo+json.</summary>
public sealed class GeoJsonResult(Action<GeoJsonWriter> write) : IResult
{
    public const string ContentType = "application/geo+json";

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.ContentType = ContentType;
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        write(new GeoJsonWriter(json));
        await json.FlushAsync();
        // The JSON writer only advances the pipe; flush it, or a middleware that wraps the body (output cache,
        // compression) receives nothing.
        await context.Response.BodyWriter.FlushAsync();
    }

    /// <summary>The same document in memory: what the interchange formats (GeoPackage, OGC API, tiles) are read from.</summary>
    public ReadOnlyMemory<byte> ToUtf8()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer)) write(new GeoJsonWriter(json));
        return buffer.WrittenMemory;
    }
}
