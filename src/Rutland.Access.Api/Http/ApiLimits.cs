namespace Rutland.Access.Api.Http;

/// <summary>
/// Every bound the API puts on a request, in one place. Each keeps one request's cost (memory, CPU, time) small
/// enough that a bad or hostile client cannot starve the others on a 2-core machine.
/// </summary>
public static class ApiLimits
{
    /// <summary>Largest request body Kestrel accepts (413 beyond); several isochrone origins fit in a few KB.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Longest query string, '?' included (414 beyond): 500 ids of ~8 characters with commas is ~4.5 KB.</summary>
    public const int MaxQueryStringLength = 6 * 1024;

    /// <summary>Most ids one list parameter may name; beyond this use several requests (keeps each answer bounded).</summary>
    public const int MaxListLength = 500;

    /// <summary>
    /// Time after which a request's <see cref="HttpContext.RequestAborted"/> is cancelled and the client gets 503.
    /// Only work that observes that token is cut short; drive answers take milliseconds and are never near it.
    /// </summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
}
