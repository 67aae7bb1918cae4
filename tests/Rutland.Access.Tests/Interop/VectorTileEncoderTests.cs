using NetTopologySuite.IO.VectorTiles.Mapbox;
using Rutland.Access.Interop;

namespace Rutland.Access.Tests.Interop;

public class VectorTileEncoderTests
{
    [Fact]
    public void ATileOverTheDataHoldsItsFeaturesClippedWithTheirProperties()
    {
        var layer = InteropFixtures.Areas();
        var fields = FlatProperties.Schema(layer.Features.Select(f => f.Properties));
        var tile = TileAddress.Of(10, 509, 335)!; // covers square A (-0.75..-0.73, 52.65..52.67), not B
        Assert.True(tile.Bounds.Contains(-0.74, 52.66));
        var bytes = VectorTileEncoder.Encode(layer, fields, tile);
        Assert.NotNull(bytes);

        var read = new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(tile.X, tile.Y, tile.Z));
        var feature = Assert.Single(Assert.Single(read.Layers).Features);
        Assert.Equal("A", feature.Attributes["feature_id"]);
        Assert.Equal(12.5, Convert.ToDouble(feature.Attributes["minutes_rmh"]));
        Assert.Equal(0.02 * 0.02, feature.Geometry.Area, 1e-5);
    }

    [Fact]
    public void ATileAwayFromTheDataIsEmptyAndAddressesOffThePyramidAreRefused()
    {
        var layer = InteropFixtures.Areas();
        var fields = FlatProperties.Schema(layer.Features.Select(f => f.Properties));
        Assert.Null(VectorTileEncoder.Encode(layer, fields, TileAddress.Of(10, 0, 0)!));
        Assert.Null(TileAddress.Of(2, 4, 0));
        Assert.Null(TileAddress.Of(-1, 0, 0));
        Assert.Null(TileAddress.Of(TileAddress.MaxZoom + 1, 0, 0));
    }
}
