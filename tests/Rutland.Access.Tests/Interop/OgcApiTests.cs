using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Interop;

/// <summary>OGC API – Features Part 1 Core as a client sees it; GDAL's OAPIF driver reads it in <see cref="GdalInteropTests"/>.</summary>
[Collection(ApiCollection.Name)]
public class OgcApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Get(string url, string mediaType = "application/json")
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task LandingPageConformanceAndCollectionsLinkUp()
    {
        var landing = await Get("/ogc");
        var rels = landing.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()).ToArray();
        Assert.Equal(["self", "service-desc", "conformance", "data"], rels);
        var conformance = await Get("/ogc/conformance");
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));

        var ids = (await Get("/ogc/collections")).GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray();
        Assert.Equal(["equity-lsoas", "equity-wards", "places", "destinations", "boundaries-lsoas", "boundaries-wards", "boundaries-county",
            "travel-times-drive-rmh", "travel-times-drive-melton", "travel-times-drive-stamford", "travel-times-drive-peterborough",
            "travel-times-walk-rmh", "travel-times-walk-melton", "travel-times-walk-stamford", "travel-times-walk-peterborough",
            "travel-times-cycle-rmh", "travel-times-cycle-melton", "travel-times-cycle-stamford", "travel-times-cycle-peterborough",
            "travel-times-pt-rmh", "travel-times-pt-melton", "travel-times-pt-stamford", "travel-times-pt-peterborough"], ids);
        var lsoas = await Get("/ogc/collections/equity-lsoas");
        var bbox = lsoas.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.InRange(bbox[0], -0.9, -0.7); // Rutland's western edge
        Assert.InRange(bbox[3], 52.7, 52.8);
        Assert.True(lsoas.GetProperty("metadata").GetProperty("timetableModelled").GetBoolean());
    }

    [Fact]
    public async Task ItemsPageThroughEveryFeatureWithCountsAndNextLinks()
    {
        var seen = new List<string>();
        string? url = "/ogc/collections/equity-lsoas/items?limit=10";
        while (url is not null)
        {
            var page = await Get(url, "application/geo+json");
            Assert.Equal(23, page.GetProperty("numberMatched").GetInt32());
            var features = page.GetProperty("features").EnumerateArray().ToArray();
            Assert.Equal(features.Length, page.GetProperty("numberReturned").GetInt32());
            seen.AddRange(features.Select(f => f.GetProperty("id").GetString()!));
            url = page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next")
                .Select(l => new Uri(l.GetProperty("href").GetString()!).PathAndQuery).FirstOrDefault();
        }
        Assert.Equal(23, seen.Distinct().Count());

        var one = await Get($"/ogc/collections/equity-lsoas/items/{seen[0]}", "application/geo+json");
        Assert.Equal("Feature", one.GetProperty("type").GetString());
        Assert.Equal(seen[0], one.GetProperty("properties").GetProperty("code").GetString());
    }

    [Fact]
    public async Task BboxSelectsByGeometry()
    {
        // A small box around Oakham's centre: the places there, not the county.
        var page = await Get("/ogc/collections/places/items?bbox=-0.74,52.66,-0.72,52.68", "application/geo+json");
        var ids = page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToArray();
        Assert.Contains("oakham", ids);
        Assert.InRange(page.GetProperty("numberMatched").GetInt32(), 1, 10);
    }

    [Theory]
    [InlineData("/ogc/collections/places/items?bbox=1,2,3", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/places/items?bbox=0,53,-1,52", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/places/items?bbox=a,b,c,d", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/places/items?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/places/items?offset=-1", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/places/items?datetime=2025-09-02", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/places/items?f=xml", HttpStatusCode.BadRequest)]
    [InlineData("/ogc/collections/nowhere/items", HttpStatusCode.NotFound)]
    [InlineData("/ogc/collections/places/items/atlantis", HttpStatusCode.NotFound)]
    public async Task BadParametersAreProblems(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
