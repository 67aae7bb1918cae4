using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Output caching for GET answers that are a pure function of the URL: the networks are built once at start-up and
/// never change, and so do the timetables (loaded once; no live feed), so destinations, places, travel times (drive and
/// public transport), equity layers and the report, boundaries and the basemap are the same bytes for a given URL
/// until restart. Journeys are not cached (cheap, and rarely asked twice); isochrones have their own geometry cache.
/// Keyed by the full URL and Accept-Encoding, so compressed bytes are cached too; bounded by <see cref="SizeLimitBytes"/> (least recently used entries go first).
/// A request saying <c>Cache-Control: no-cache</c> is computed afresh and not stored (RFC 9111 §5.2.1.4: a stored
/// answer may not satisfy it unvalidated), which is also how the load test measures computed answers.
/// </summary>
public static class ImmutableAnswerCache
{
    /// <summary>Memory the cache may hold; every distinct drive answer for Rutland's places is well under 1 MB.</summary>
    public const long SizeLimitBytes = 32 * 1024 * 1024;

    /// <summary>Entries live until restart in principle; a day bounds how long a rarely asked query holds memory.</summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromDays(1);

    private static readonly string[] CachedPaths =
    [
        "/api/v1/destinations", "/api/v1/places", "/api/v1/travel-times", "/api/v1/equity/lsoas", "/api/v1/equity/wards",
        "/api/v1/equity/report", "/api/v1/boundaries/wards", "/api/v1/boundaries/lsoas", "/api/v1/boundaries/county",
        "/api/v1/basemap/roads",
    ];

    public static IServiceCollection AddImmutableAnswerCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.SizeLimit = SizeLimitBytes;
            o.AddBasePolicy(b => b.With(IsImmutable).SetVaryByHeader(HeaderNames.AcceptEncoding).Expire(Expiration));
        });

    private static bool IsImmutable(OutputCacheContext context) =>
        CachedPaths.Contains(context.HttpContext.Request.Path.Value?.TrimEnd('/') ?? "", StringComparer.OrdinalIgnoreCase)
        && !AsksForAFreshAnswer(context.HttpContext.Request);

    private static bool AsksForAFreshAnswer(HttpRequest request) =>
        CacheControlHeaderValue.TryParse(request.Headers.CacheControl.ToString(), out var cacheControl) && cacheControl.NoCache;
}
