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
            ReaderOutcome.SucceedsOrNamesFile(() => GeoJsonReader.ReadFeatureCollection(path), path, $"{Path.GetFileName(source)} {what}");
        }
    }

    /// <summary>Numbers JSON allows but geography does not: huge, tiny, negative zero, exponents.</summary>
    [Theory]
    [InlineData("1e309")]
    [InlineData("-1e309")]
    [InlineData("1e-400")]
    [InlineData("-0")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("\"52.6\"")]
    [InlineData("null")]
    [InlineData("[]")]
    public void OddCoordinate(string value)
    {
        string path = _temp.File("odd.geojson");
        File.WriteAllText(path, $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[{{{value}}},52.6]}}]}""");
        ReaderOutcome.SucceedsOrNamesFile(() => GeoJsonReader.ReadFeatureCollection(path), path, $"longitude {value}");
    }
}
