using System.Net.Http.Headers;
using System.Text.Json;

namespace Rutland.Access.Tests.Robustness;

/// <summary>What every error response must be: RFC 7807 problem+json whose status matches, with no internals.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, string what)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType is MediaTypeHeaderValue { MediaType: "application/problem+json" },
            $"{what}: {(int)response.StatusCode} with content type '{response.Content.Headers.ContentType}' and body '{Head(body)}'");
        using var doc = JsonDocument.Parse(body);
        Assert.Equal((int)response.StatusCode, doc.RootElement.GetProperty("status").GetInt32());
        Assert.False(body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal),
            $"{what}: the problem leaks internals: {Head(body)}");
        return doc.RootElement.Clone();
    }

    private static string Head(string s) => s.Length > 300 ? s[..300] : s;
}
