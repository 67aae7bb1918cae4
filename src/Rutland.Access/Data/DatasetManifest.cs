using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rutland.Access.Data;

namespace Rutland.Access.Data;

/// <summary>
/// <c>geodata/manifest.json</c>: every dataset the service reads, with source, vintage, licence and sha256.
/// Start-up checks the hashes so that an answer computed on different files says so.
/// </summary>
public sealed class DatasetManifest
{
    public const string FileName = "manifest.json";

    public sealed record Entry(
        string Id, string Path, string Location, string Name, string Vintage, string Source, string Licence,
        string Sha256, bool Modelled = false);

    private sealed record Document([property: JsonPropertyName("datasets")] List<Entry> Datasets);

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>One record per dataset: files of one dataset (a GTFS feed's tables) share a name and appear once.</summary>
    public IReadOnlyList<DatasetProvenance> Provenance =>
        Entries.Select(e => new DatasetProvenance(e.Name, e.Vintage, e.Source, e.Licence, e.Modelled)).Distinct().ToArray();

    private DatasetManifest(IReadOnlyList<Entry> entries) => Entries = entries;

    public static DatasetManifest Load(string path)
    {
        if (!File.Exists(path)) throw new DataFileException(path, null, "file not found");
        Document? doc;
        try
        {
            doc = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (JsonException ex)
        {
            throw new DataFileException(path, ex.LineNumber + 1, $"invalid JSON: {ex.Message}", ex);
        }
        if (doc?.Datasets is not { Count: > 0 } entries) throw new DataFileException(path, null, "no datasets listed");
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Path) || string.IsNullOrWhiteSpace(e.Sha256))
                throw new DataFileException(path, null, $"dataset {i}: id, path and sha256 are required");
            if (e.Location is not ("inputs" or "authored"))
                throw new DataFileException(path, null, $"dataset '{e.Id}': location must be 'inputs' or 'authored', not '{e.Location}'");
        }
        return new DatasetManifest(entries);
    }

    public string FullPath(Entry entry, string inputs, string authored) =>
        System.IO.Path.Combine(entry.Location == "inputs" ? inputs : authored, entry.Path);

    /// <summary>Notes for every listed file that is missing or whose bytes differ from the manifest.</summary>
    public IEnumerable<string> Verify(string inputs, string authored)
    {
        foreach (var entry in Entries)
        {
            string full = FullPath(entry, inputs, authored);
            if (!File.Exists(full)) { yield return $"manifest: {entry.Path} is missing"; continue; }
            using var stream = File.OpenRead(full);
            string actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (!string.Equals(actual, entry.Sha256, StringComparison.OrdinalIgnoreCase))
                yield return $"manifest: {entry.Path} differs from the manifest (sha256 {actual}); figures are computed on that file";
        }
    }
}
