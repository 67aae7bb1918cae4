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

    /// <summary>
    /// Thread-pool threads per core started on demand, without the pool's starvation delay (beyond its minimum it adds
    /// about one thread every half second). A public-transport search holds one thread per core while it runs, and the
    /// timeout's timer and the notice of a client gone need a thread of their own to cancel it: measured with two
    /// searches running, an abandoned third was cancelled 2 s late at the default minimum (one per core). 32 per core
    /// lets 30 searches run at once and still be cancelled at once.
    /// </summary>
    public const int MinPoolThreadsPerCore = 32;
}
