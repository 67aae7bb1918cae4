using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Robustness;

/// <summary>The GeoJSON reader on truncated and randomly damaged copies of a fixture with every geometry type and the real wards.</summary>
public sealed class GeoJsonFuzzTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Sources() =>
        new(TestData.Fixture("geo", "all-geometry-types.geojson"), TestData.Input("boundaries", "wards2022_rutland_bsc.geojson"));

    [Theory, MemberData(nameof(Sources))]
    public void DamagedFile(string source)
    {
        string path = _temp.File("damaged.geojson");
        foreach (var (what, bytes) in Mutations.Of(File.ReadAllBytes(source), FuzzBudget.Seed, FuzzBudget.MutationsPerFile * 2))
        {
            File.WriteAllBytes(path, bytes);
            string label = $"{Path.GetFileName(source)} {what}";
            ReaderOutcome.ReadsBackOrNamesFile(() => GeoJsonReader.ReadFeatureCollection(path), path, label,
                features => Assert.True(FeatureCount(bytes) == features.Count,
                    $"{label}: read {features.Count} features where the file holds {FeatureCount(bytes)}"));
        }
    }

    /// <summary>The features an independent JSON parser finds; a file that is not JSON at all must not have been accepted.</summary>
    private static int? FeatureCount(byte[] bytes)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(bytes);
            return doc.RootElement.TryGetProperty("features", out var features) && features.ValueKind == System.Text.Json.JsonValueKind.Array
                ? features.GetArrayLength() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Numbers JSON allows but geography does not — infinite, out of range, not a number — must be rejected.</summary>
    [Theory]
    [InlineData("1e309")]
    [InlineData("-1e309")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("181")]
    [InlineData("\"52.6\"")]
    [InlineData("null")]
    [InlineData("[]")]
    public void ImpossibleCoordinateNamesTheFile(string value)
    {
        string path = OddPoint(value);
        ReaderOutcome.NamesFile(() => GeoJsonReader.ReadFeatureCollection(path), path, $"longitude {value}");
    }

    /// <summary>Odd spellings of ordinary numbers are read as those numbers.</summary>
    [Theory]
    [InlineData("1e-400", 0.0)]
    [InlineData("-0", 0.0)]
    [InlineData("-0.5e0", -0.5)]
    public void OddlyWrittenCoordinateIsReadAsItsValue(string value, double expected)
    {
        string path = OddPoint(value);
        var feature = Assert.Single(GeoJsonReader.ReadFeatureCollection(path));
        Assert.Equal(expected, feature.Geometry.Coordinate.X);
        Assert.Equal(52.6, feature.Geometry.Coordinate.Y);
    }

    private string OddPoint(string longitude)
    {
        string path = _temp.File("odd.geojson");
        File.WriteAllText(path, $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[{{{longitude}}},52.6]}}]}""");
        return path;
    }
}
