using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Output caching for GET answers that are a pure function of the URL: the networks are built once at start-up and
/// never change, so destinations, places and drive travel times for a given query are the same bytes until restart.
/// Keyed by the full URL and Accept-Encoding, so compressed bytes are cached too; bounded by <see cref="SizeLimitBytes"/> (least recently used entries go first).
/// </summary>
public static class ImmutableAnswerCache
{
    /// <summary>Memory the cache may hold; every distinct drive answer for Rutland's places is well under 1 MB.</summary>
    public const long SizeLimitBytes = 32 * 1024 * 1024;

    /// <summary>Entries live until restart in principle; a day bounds how long a rarely asked query holds memory.</summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromDays(1);

    private static readonly string[] CachedPaths = ["/api/v1/destinations", "/api/v1/places", "/api/v1/travel-times"];

    public static IServiceCollection AddImmutableAnswerCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.SizeLimit = SizeLimitBytes;
            o.AddBasePolicy(b => b.With(IsImmutable).SetVaryByHeader(HeaderNames.AcceptEncoding).Expire(Expiration));
        });

    // Drive only: public transport answers depend on a departure time and may later read live data.
    private static bool IsImmutable(OutputCacheContext context)
    {
        var request = context.HttpContext.Request;
        string path = request.Path.Value?.TrimEnd('/') ?? "";
        if (!CachedPaths.Contains(path, StringComparer.OrdinalIgnoreCase)) return false;
        string mode = request.Query["mode"].ToString();
        return mode.Length == 0 || mode.Equals("drive", StringComparison.OrdinalIgnoreCase);
    }
}
