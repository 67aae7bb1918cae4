using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Brotli, else gzip, at their fastest level for the API's text answers: JSON and GeoJSON shrink 5-8x (figures in
/// README.md); the output cache sits outside, so each encoding is compressed once per distinct answer.
/// </summary>
public static class ResponseCompressionSetup
{
    public static readonly string[] MimeTypes = ["application/json", "application/geo+json", "text/csv", "application/problem+json",
        "application/vnd.mapbox-vector-tile"];

    public static IServiceCollection AddApiResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.MimeTypes = MimeTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
