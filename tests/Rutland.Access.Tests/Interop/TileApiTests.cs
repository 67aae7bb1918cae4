using System.Net;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Interop;

[Collection(ApiCollection.Name)]
public class TileApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ATileOverRutlandHoldsTheLsoasAndOneOutsideIsEmpty()
    {
        var response = await _client.GetAsync("/tiles/equity-lsoas/8/127/83.mvt"); // the whole county
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        var tile = new MapboxTileReader().Read(await response.Content.ReadAsStreamAsync(), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(127, 83, 8));
        var layer = Assert.Single(tile.Layers);
        Assert.Equal("equity-lsoas", layer.Name);
        Assert.Equal(23, layer.Features.Count);
        Assert.All(layer.Features, f => Assert.StartsWith("E01", (string)f.Attributes["code"]));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.GetAsync("/tiles/equity-lsoas/8/0/0.mvt")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tiles/travel-times-pt-rmh/8/127/83.mvt")).StatusCode);
    }

    [Theory]
    [InlineData("/tiles/equity-lsoas/23/0/0.mvt")]
    [InlineData("/tiles/equity-lsoas/2/4/0.mvt")]
    [InlineData("/tiles/equity-lsoas/2/0/-1.mvt")]
    [InlineData("/tiles/equity-lsoas/z/0/0.mvt")]
    public async Task AddressesOffThePyramidAre400(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownLayerIs404()
    {
        var response = await _client.GetAsync("/tiles/unicorns/8/127/83.mvt");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
