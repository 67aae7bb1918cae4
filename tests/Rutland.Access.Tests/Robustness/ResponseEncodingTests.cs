using System.IO.Compression;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Robustness;

/// <summary>Compression and output caching change bytes on the wire, never the answer.</summary>
[Collection(ApiCollection.Name)]
public class ResponseEncodingTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/places", "br")]
    [InlineData("/api/v1/places", "gzip")]
    [InlineData("/api/v1/travel-times?format=csv", "br")]
    [InlineData("/api/v1/travel-times?fromType=lsoa&format=geojson", "gzip")]
    [InlineData("/api/v1/journey?from=oakham&to=melton", "br")]
    public async Task CompressedAnswerDecompressesToThePlainOne(string url, string encoding)
    {
        byte[] plain = await _client.GetByteArrayAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        var response = await _client.SendAsync(request);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        byte[] wire = await response.Content.ReadAsByteArrayAsync();
        Assert.True(wire.Length * 2 < plain.Length, $"{url}: {encoding} gave {wire.Length} of {plain.Length} bytes");
        using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(wire), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plain, decoded.ToArray());
    }

    [Theory]
    [InlineData("/api/v1/destinations", true)]
    [InlineData("/api/v1/places?type=town", true)]
    [InlineData("/api/v1/travel-times?to=rmh&from=oakham", true)]
    [InlineData("/api/v1/travel-times?to=rmh&from=oakham&mode=pt", true)]
    [InlineData("/api/v1/equity/report", true)]
    [InlineData("/api/v1/journey?from=oakham&to=rmh", false)]
    public async Task OnlyImmutableAnswersAreCached(string url, bool cached)
    {
        var first = await _client.GetAsync(url);
        var second = await _client.GetAsync(url);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(cached, second.Headers.Age is not null);
    }

    /// <summary>A client's <c>Cache-Control: no-cache</c> gets an answer computed afresh (no <c>Age</c>), the same bytes,
    /// and leaves the stored one in place for others.</summary>
    [Fact]
    public async Task NoCacheRequestsAreComputedAfresh()
    {
        const string url = "/api/v1/travel-times?to=stamford&from=uppingham";
        var stored = await _client.GetAsync(url);
        using var fresh = new HttpRequestMessage(HttpMethod.Get, url);
        fresh.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        var computed = await _client.SendAsync(fresh);
        var again = await _client.GetAsync(url);

        Assert.Null(computed.Headers.Age);
        Assert.Equal(await stored.Content.ReadAsByteArrayAsync(), await computed.Content.ReadAsByteArrayAsync());
        Assert.NotNull(again.Headers.Age);
    }
}
