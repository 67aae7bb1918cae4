using System.Text.Json;
using System.Text.Json.Serialization;
using Rutland.Access.Batch.Run;

namespace Rutland.Access.Batch.Output;

/// <summary>
/// <c>manifest.json</c> beside every output: the run (all parameters), the sha256 of every input dataset, and
/// of every output file. No clock times or host names, so a merge of shards writes the very bytes a single run does.
/// A shard's manifest also says which shard and which origins it holds.
/// </summary>
public sealed record BatchManifest(
    int Format,
    RunDescription Run,
    ShardInfo? Shard,
    IReadOnlyList<InputFile> Inputs,
    IReadOnlyList<OutputFile> Outputs)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    public static BatchManifest Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} is missing: that shard did not finish", path);
        return JsonSerializer.Deserialize<BatchManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty manifest");
    }
}

/// <summary>Which shard a folder holds: index, count, and its origins [first, end) of all.</summary>
public sealed record ShardInfo(int Index, int Count, int FirstOrigin, int EndOrigin, int TotalOrigins);

/// <summary>An input dataset file (relative to its data folder) and its sha256 when read.</summary>
public sealed record InputFile(string Location, string Path, string Sha256);
