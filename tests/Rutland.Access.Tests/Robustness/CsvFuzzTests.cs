using Rutland.Access.Data;
using Rutland.Access.Places;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Cif;

namespace Rutland.Access.Tests.Robustness;

/// <summary>The CSV reader, and loaders built on it, on damaged copies of real input files.</summary>
public sealed class CsvFuzzTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryFieldOfADamagedFile() => Fuzz(TestData.Input("hospitals", "hospitals.csv"), path =>
    {
        using var csv = CsvReader.Open(path);
        while (csv.Read())
        {
            foreach (string column in csv.Header) csv.Optional(column);
            csv.OptionalDouble("lat");
            csv.OptionalDouble("lon");
        }
    });

    [Fact]
    public void DamagedSettlements() => Fuzz(TestData.Input("places", "places_rutland_osm.csv"), path => SettlementLoader.Load(path));

    [Fact]
    public void DamagedRailStations() => Fuzz(TestData.Input("naptan", "910-rail-stations-studyarea.csv"), path => RailStations.Load(path));

    private void Fuzz(string source, Action<string> read)
    {
        string path = _temp.File(Path.GetFileName(source));
        foreach (var (what, bytes) in Mutations.Of(File.ReadAllBytes(source), FuzzBudget.Seed, FuzzBudget.MutationsPerFile * 2))
        {
            File.WriteAllBytes(path, bytes);
            ReaderOutcome.SucceedsOrNamesFile(() => read(path), path, $"{Path.GetFileName(source)} {what}");
        }
    }
}
