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

    /// <summary>Every field of every record, and no record dropped: the count read equals the file's non-blank lines.</summary>
    [Fact]
    public void EveryFieldOfADamagedFile()
    {
        string source = TestData.Input("hospitals", "hospitals.csv");
        string path = _temp.File(Path.GetFileName(source));
        foreach (var (what, bytes) in Mutations.Of(File.ReadAllBytes(source), FuzzBudget.Seed, FuzzBudget.MutationsPerFile * 2))
        {
            File.WriteAllBytes(path, bytes);
            ReaderOutcome.ReadsBackOrNamesFile(() => ReadAll(path), path, $"hospitals.csv {what}", records =>
            {
                if (UnquotedRecordCount(bytes) is { } expected)
                    Assert.True(expected == records, $"hospitals.csv {what}: read {records} records where the file has {expected} non-blank lines");
            });
        }
    }

    private static int ReadAll(string path)
    {
        using var csv = CsvReader.Open(path);
        int records = 0;
        while (csv.Read())
        {
            foreach (string column in csv.Header) csv.Optional(column);
            csv.OptionalDouble("lat");
            csv.OptionalDouble("lon");
            records++;
        }
        return records;
    }

    /// <summary>Records counted independently as non-blank lines after the header; null when quotes make lines and records differ.</summary>
    private static int? UnquotedRecordCount(byte[] bytes)
    {
        string text = System.Text.Encoding.UTF8.GetString(bytes);
        if (text.Contains('"') || text.Contains('\r')) return null;
        return text.Split('\n').Skip(1).Count(line => line.Length > 0);
    }

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
