using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// Sixteen clients at once get byte-identical answers to one client asking in turn: the shared networks and the
/// per-request scratch space must not leak between requests. Each URL carries a unique ignored parameter so that
/// every answer is computed, not served from the output cache.
/// </summary>
[Collection(ApiCollection.Name)]
public class ConcurrencyTests(ApiFactory factory)
{
    private const int Clients = 16;

    private static readonly string[] Urls =
    [
        "/api/v1/travel-times?mode=drive",
        "/api/v1/travel-times?mode=drive&fromType=lsoa,village,town,hamlet",
        "/api/v1/travel-times?mode=drive&fromType=lsoa&format=geojson",
        "/api/v1/travel-times?mode=drive&format=csv",
        "/api/v1/journey?from=oakham&to=rmh",
        "/api/v1/journey?from=uppingham&to=peterborough",
        "/api/v1/journey?from=52.60,-0.60&to=melton",
        "/api/v1/journey?from=52.70,-0.55&to=stamford",
    ];

    [Fact]
    public async Task ParallelAnswersEqualSerialAnswers()
    {
        var client = factory.CreateClient();
        int nonce = 0;
        var serial = new Dictionary<string, byte[]>();
        foreach (string url in Urls) serial[url] = await Fetch(client, url, Interlocked.Increment(ref nonce));

        var parallel = await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var own = factory.CreateClient();
            var order = Urls.OrderBy(_ => Random.Shared.Next()).ToArray();
            var answers = new List<(string, byte[])>();
            foreach (string url in order) answers.Add((url, await Fetch(own, url, Interlocked.Increment(ref nonce))));
            return answers;
        })));

        foreach (var (url, bytes) in parallel.SelectMany(a => a))
            Assert.True(serial[url].AsSpan().SequenceEqual(bytes), $"{url}: a parallel answer differs from the serial one");
    }

    private static async Task<byte[]> Fetch(HttpClient client, string url, int nonce)
    {
        // The output cache varies by Accept-Encoding: a distinct (equivalent) value per request makes every answer computed.
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", $"identity;q=0.{nonce % 1000:D3}");
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
