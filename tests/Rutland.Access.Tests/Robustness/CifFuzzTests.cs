using System.Text;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Cif;

namespace Rutland.Access.Tests.Robustness;

/// <summary>The CIF reader on damaged copies of the real Oakham extract and the STP fixture, and on truncated records.</summary>
public sealed class CifFuzzTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, (string AtcoCode, string Name, double Lat, double Lon)> Stations =
        RailStations.Load(TestData.Input("naptan", "910-rail-stations-studyarea.csv"));

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Sources() =>
        new(TestData.Input("rail", "oakham-schedules-2020-03.mca"), TestData.Fixture("cif", "stp-overlay.mca"));

    [Theory, MemberData(nameof(Sources))]
    public void DamagedFile(string source)
    {
        string path = _temp.File("damaged.mca");
        foreach (var (what, bytes) in Mutations.Of(File.ReadAllBytes(source), FuzzBudget.Seed, FuzzBudget.MutationsPerFile * 2))
        {
            File.WriteAllBytes(path, bytes);
            ReaderOutcome.SucceedsOrNamesFile(() => CifReader.Read(path, Stations), path, $"{Path.GetFileName(source)} {what}");
        }
    }

    /// <summary>Every record cut short in turn, at a random column: fixed-width fields must not read past the end.</summary>
    [Theory, MemberData(nameof(Sources))]
    public void TruncatedRecords(string source)
    {
        string path = _temp.File("short.mca");
        var lines = File.ReadAllLines(source);
        var random = new Random(FuzzBudget.Seed);
        for (int i = 0; i < lines.Length; i++)
        {
            int keep = random.Next(lines[i].Length);
            var copy = (string[])lines.Clone();
            copy[i] = lines[i][..keep];
            File.WriteAllText(path, string.Join('\n', copy), Encoding.ASCII);
            ReaderOutcome.SucceedsOrNamesFile(() => CifReader.Read(path, Stations), path,
                $"{Path.GetFileName(source)} line {i + 1} cut to {keep} characters");
        }
    }
}
