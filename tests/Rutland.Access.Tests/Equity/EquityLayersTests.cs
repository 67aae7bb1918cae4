using Rutland.Access.Equity;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Equity;

public class EquityLayersTests
{

    [Fact]
    public void LoadsEveryLayerWithItsProvenance()
    {
        var layers = RutlandLayers.Value;
        Assert.Equal(23, layers.Lsoa11Boundaries.Count);
        Assert.Equal(26, layers.Lsoa21Boundaries.Count);
        Assert.Equal(15, layers.WardBoundaries.Count);
        Assert.Equal(9, layers.Provenance.Count);
        Assert.All(layers.Provenance, p => Assert.True(File.Exists(Path.Combine(TestData.Inputs, p.RelativePath)), p.RelativePath));
    }

    [Fact]
    public void TheInvalidLsoaPolygonIsRepairedValidAndNoted()
    {
        // The README names E01013791 as the invalid polygon, but as published E01013791 (a MultiPolygon) is valid and
        // E01013792 (Rutland 004B, also Ketton ward) has a self-intersecting ring. Found independently of the loader:
        string invalid = Assert.Single(
            Rutland.Access.Geo.GeoJsonReader.ReadFeatureCollection(TestData.Input("boundaries", "lsoa11_rutland.geojson"))
                .Where(f => !f.Geometry.IsValid)
                .Select(f => f.Properties["LSOA11CD"].GetString()!));
        Assert.Equal("E01013792", invalid);

        var layers = RutlandLayers.Value;
        var note = Assert.Single(layers.Repairs);
        Assert.Equal(invalid, note.AreaCode);
        Assert.Contains("Self-intersection", note.WhatWasDone);
        var repaired = layers.Lsoa11Boundaries.Single(b => b.Code == invalid).Bng;
        Assert.True(repaired.IsValid);
        Assert.True(repaired.Area > 0);
    }
}
