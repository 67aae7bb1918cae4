using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// The HTTP contract at the server's edge, on a real Kestrel: requests Kestrel rejects before any middleware still
/// get RFC 7807 bodies; HEAD works on GET resources; CORS preflights are answered; security headers are set and the
/// server does not name itself.
/// </summary>
public class HttpContractTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("GET /api/v1/destinations%00x HTTP/1.1\r\nHost: localhost\r\n\r\n", 400)]
    [InlineData("GET /{long} HTTP/1.1\r\nHost: localhost\r\n\r\n", 414)]
    [InlineData("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: {header}\r\n\r\n", 431)]
    public async Task KestrelRejectionsAreProblems(string request, int status)
    {
        string raw = request.Replace("{long}", new string('a', 9 * 1024)).Replace("{header}", new string('a', 40 * 1024));
        string response = await SendRaw(raw);
        var (head, body) = Split(response);
        Assert.StartsWith($"HTTP/1.1 {status} ", head);
        Assert.Contains("Content-Type: application/problem+json", head);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.Equal(Encoding.UTF8.GetByteCount(body), int.Parse(Header(head, "Content-Length")!));
    }

    [Fact]
    public async Task NoServerHeaderAndNoSniffing()
    {
        var response = await _client.GetAsync("/api/v1/destinations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "the Server header names the implementation");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task HeadAnswersLikeGetWithoutABody()
    {
        var get = await _client.GetAsync("/api/v1/places?type=town");
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/places?type=town"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        var missing = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/travel-times?to=nowhere"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task PreflightFromAnAllowedOriginIsAnswered()
    {
        var preflight = Preflight(KestrelApiFactory.AllowedOrigin);
        var response = await _client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(KestrelApiFactory.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("GET", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));

        var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/destinations");
        get.Headers.Add("Origin", KestrelApiFactory.AllowedOrigin);
        Assert.Equal(KestrelApiFactory.AllowedOrigin, Assert.Single((await _client.SendAsync(get)).Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task OtherOriginsGetNoCorsHeaders()
    {
        var response = await _client.SendAsync(Preflight("https://evil.example.com"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/travel-times?to=rmh");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return request;
    }

    private async Task<string> SendRaw(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(factory.BaseAddress.Host, factory.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Kestrel closes the connection after a rejection, so the whole answer is everything until end of stream.
        var read = reader.ReadToEndAsync();
        return await read.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static (string Head, string Body) Split(string response)
    {
        int end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"no response head in '{response}'");
        return (response[..end], response[(end + 4)..]);
    }

    private static string? Header(string head, string name) => head.Split("\r\n")
        .Where(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)).Select(l => l[(name.Length + 1)..].Trim()).FirstOrDefault();
}
