using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// The API on a real Kestrel server on a free loopback port: what the in-memory test server cannot show — Kestrel's
/// own rejections, the Server header — is seen here as a client would. One allowed CORS origin is configured.
/// </summary>
public sealed class KestrelApiFactory : WebApplicationFactory<Program>
{
    public const string AllowedOrigin = "https://maps.example.org";

    public KestrelApiFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Cors:AllowedOrigins", AllowedOrigin)
            .UseSetting("Scenarios:SqlitePath", Path.Combine(Path.GetTempPath(), $"rutland-kestrel-{Guid.NewGuid():N}.db"));
}
