using System.Net;
using Rutland.Access.Tests.Robustness;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>One rule: a query parameter is honoured or rejected with a 400 that says why, never silently ignored.</summary>
[Collection(ApiCollection.Name)]
public class ParameterHonestyTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> Rejected(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await ProblemAssert.IsProblem(response, url)).GetProperty("detail").GetString()!;
    }

    [Theory]
    [InlineData("departure=2025-09-02T07:00", "departure")]
    [InlineData("window=abc", "window")]
    [InlineData("percentiles=25,50", "percentiles")]
    [InlineData("arriveBy=2025-09-02T09:00", "arriveBy")]
    public async Task DriveRejectsPublicTransportParameters(string parameter, string name)
    {
        string detail = await Rejected($"/api/v1/travel-times?mode=drive&from=oakham&to=rmh&{parameter}");
        Assert.Contains($"'{name}'", detail);
        Assert.Contains("mode=pt", detail);
    }

    [Theory]
    [InlineData("/api/v1/travel-times?from=oakham&colour=red", "'colour'")]
    [InlineData("/api/v1/journey?from=oakham&to=rmh&mode=pt&arriveby2=x", "'arriveby2'")]
    [InlineData("/api/v1/equity/lsoas?format=csv", "'format'")]
    [InlineData("/api/v1/equity/wards?percentiles=50", "'percentiles'")]
    [InlineData("/api/v1/destinations?type=x", "takes no query parameters")]
    public async Task UnknownParametersAreRejected(string url, string expected)
    {
        string detail = await Rejected(url);
        Assert.Contains(expected, detail);
    }

    [Fact]
    public async Task BodyOnlyEndpointsRejectQueryParameters()
    {
        var response = await _client.PostAsync("/api/v1/isochrones?mode=pt",
            new StringContent("""{"locations":[{"lat":52.67,"lon":-0.73}]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'mode'", (await ProblemAssert.IsProblem(response, "POST isochrones?mode")).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FromMustMatchFromType()
    {
        string detail = await Rejected("/api/v1/travel-times?from=oakham&fromType=lsoa&to=rmh");
        Assert.Contains("oakham (a town)", detail);
        var ok = await _client.GetAsync("/api/v1/travel-times?from=oakham&fromType=town,village&to=rmh");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task DocumentedEquityParametersAreAccepted()
    {
        var response = await _client.GetAsync("/api/v1/equity/wards?departure=2025-09-02T08:00&window=60&longPtMinutes=45");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
