using BenchmarkDotNet.Attributes;
using Rutland.Access.Data;

namespace Rutland.Access.Benchmarks;

/// <summary>The CSV reader on the largest input CSV (Peterborough's NaPTAN stops, 1,127 records × 43 fields), every field read.</summary>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    private string _file = "";

    [GlobalSetup]
    public void Setup() => _file = Path.Combine(DataDirectory.ResolveInputs(), "naptan", "059-peterborough-stops-studyarea.csv");

    [Benchmark]
    public int ReadEveryField()
    {
        using var csv = CsvReader.Open(_file);
        int characters = 0;
        while (csv.Read())
            foreach (string column in csv.Header)
                characters += csv.Optional(column)?.Length ?? 0;
        return characters;
    }
}
