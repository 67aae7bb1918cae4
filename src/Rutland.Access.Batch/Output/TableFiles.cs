using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using Parquet.Serialization;

namespace Rutland.Access.Batch.Output;

/// <summary>
/// Writes one table as <c>name.parquet</c> and <c>name.csv</c> (invariant culture, shortest round-trip numbers,
/// empty for null) and reads the Parquet back. Both writers are deterministic: the same rows give the same bytes.
/// </summary>
public static class TableFiles
{
    public static async Task<IReadOnlyList<OutputFile>> WriteAsync<T>(IReadOnlyList<T> rows, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        string parquet = Path.Combine(folder, name + ".parquet"), csv = Path.Combine(folder, name + ".csv");
        await using (var stream = File.Create(parquet))
            await ParquetSerializer.SerializeAsync(rows, stream);
        await using (var writer = new StreamWriter(csv))
        using (var csvWriter = CsvWriter.Create(writer, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, false))
        {
            // Columns are the row type's properties in declaration order; values invariant, shortest round-trip, empty for null.
            var properties = typeof(T).GetProperties();
            csvWriter.WriteHeader([.. properties.Select(p => p.Name)]);
            foreach (var row in rows)
                csvWriter.WriteRecord([.. properties.Select(p => p.GetValue(row) switch
                {
                    null => "",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString() ?? "",
                })]);
        }
        return [Describe(parquet, rows.Count), Describe(csv, rows.Count)];
    }

    public static async Task<IList<T>> ReadAsync<T>(string folder, string name) where T : class, new()
    {
        string path = Path.Combine(folder, name + ".parquet");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} is missing", path);
        await using var stream = File.OpenRead(path);
        return (await ParquetSerializer.DeserializeAsync<T>(stream)).Data;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static OutputFile Describe(string path, int rows) => new(Path.GetFileName(path), rows, Sha256(path));
}

/// <summary>An output file, its row count and its sha256.</summary>
public sealed record OutputFile(string File, int Rows, string Sha256);
