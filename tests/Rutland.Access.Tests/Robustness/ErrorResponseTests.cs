using System.Net;
using System.Text;
using Rutland.Access.Api.Http;

namespace Rutland.Access.Tests.Robustness;

/// <summary>Failures the endpoints never see — unhandled exceptions, framework rejections, timeouts — still answer RFC 7807.</summary>
public class ErrorResponseTests(FaultyApiFactory factory) : IClassFixture<FaultyApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task UnhandledExceptionIsA500ProblemWithoutInternals()
    {
        var response = await _client.GetAsync(FaultyApiFactory.Throws);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await ProblemAssert.IsProblem(response, FaultyApiFactory.Throws);
        Assert.DoesNotContain(FaultyApiFactory.Secret, problem.GetRawText());
    }

    [Fact]
    public async Task FrameworkRejectionKeepsItsStatus()
    {
        var response = await _client.PostAsync(FaultyApiFactory.UnsupportedBody, new StringContent("<x/>", Encoding.UTF8, "text/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await ProblemAssert.IsProblem(response, FaultyApiFactory.UnsupportedBody);
    }

    [Fact]
    public async Task SlowRequestIsA503Problem()
    {
        var response = await _client.GetAsync(FaultyApiFactory.Hangs);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await ProblemAssert.IsProblem(response, FaultyApiFactory.Hangs);
        Assert.Contains("0.3 s", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/no/such/path", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/places/extra", HttpStatusCode.NotFound)]
    public async Task UnknownPathIsAProblem(string path, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        await ProblemAssert.IsProblem(response, path);
    }

    [Fact]
    public async Task WrongMethodWithABadBodyIsAProblem()
    {
        var response = await _client.PostAsync("/api/v1/travel-times", new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await ProblemAssert.IsProblem(response, "POST /api/v1/travel-times");
    }

    [Fact]
    public async Task OverlongQueryIsA414NamingTheLimit()
    {
        string url = "/api/v1/travel-times?from=" + new string('a', ApiLimits.MaxQueryStringLength);
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var problem = await ProblemAssert.IsProblem(response, "overlong query");
        Assert.Contains(ApiLimits.MaxQueryStringLength.ToString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task QueryAtTheLimitIsParsed()
    {
        string prefix = "?to=rmh&from=";
        string ids = string.Join(',', Enumerable.Repeat("oakham", ApiLimits.MaxListLength));
        Assert.True(prefix.Length + ids.Length <= ApiLimits.MaxQueryStringLength, "500 ids must fit in the query limit");
        var response = await _client.GetAsync("/api/v1/travel-times" + prefix + ids);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
