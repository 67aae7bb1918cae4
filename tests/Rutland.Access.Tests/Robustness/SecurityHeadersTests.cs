using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Rutland.Access.Api.Http;

namespace Rutland.Access.Tests.Robustness;

/// <summary>The web page gets the content security policy; data answers and the Swagger UI page do not need it.</summary>
public class SecurityHeadersTests
{
    [Theory]
    [InlineData("/index.html", true)]
    [InlineData("/docs/index.html", false)]
    [InlineData("/data.json", false)]
    public async Task ContentSecurityPolicyOnTheWebPageOnly(string path, bool expected)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.MapGet("/index.html", () => Results.Content("<html></html>", "text/html"));
        app.MapGet("/docs/index.html", () => Results.Content("<html></html>", "text/html"));
        app.MapGet("/data.json", () => Results.Json(new { ok = true }));
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync(path);
        Assert.Equal(expected, response.Headers.Contains("Content-Security-Policy"));
        if (expected)
            Assert.Equal(SecurityHeaders.WebMapPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
