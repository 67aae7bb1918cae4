using Rutland.Access.Batch.Run;

namespace Rutland.Access.Batch.Output;

/// <summary>
/// The files of a finished run (origins, matrix, aggregates, manifest) and of one shard (origins, matrix,
/// manifest). A single run and a merge both end in <see cref="WriteFinalAsync"/>, so their bytes are the same.
/// </summary>
public static class BatchOutput
{
    public const string OriginsTable = "origins";
    public const string MatrixTable = "matrix";
    public const string AggregatesTable = "aggregates";
    public const string ShardsFolder = "shards";

    public static async Task<BatchManifest> WriteFinalAsync(RunDescription run, IReadOnlyList<InputFile> inputs,
        IReadOnlyList<OriginRow> origins, IReadOnlyList<MatrixRow> matrix, string folder)
    {
        var aggregates = AccessAggregates.Compute(run, origins, matrix);
        var outputs = new List<OutputFile>();
        outputs.AddRange(await TableFiles.WriteAsync(origins, folder, OriginsTable));
        outputs.AddRange(await TableFiles.WriteAsync(matrix, folder, MatrixTable));
        outputs.AddRange(await TableFiles.WriteAsync(aggregates, folder, AggregatesTable));
        var manifest = new BatchManifest(BatchManifest.CurrentFormat, run, null, inputs, outputs);
        manifest.Write(folder);
        return manifest;
    }

    public static async Task<BatchManifest> WriteShardAsync(RunDescription run, IReadOnlyList<InputFile> inputs, ShardInfo shard,
        IReadOnlyList<OriginRow> origins, IReadOnlyList<MatrixRow> matrix, string folder)
    {
        var outputs = new List<OutputFile>();
        outputs.AddRange(await TableFiles.WriteAsync(origins, folder, OriginsTable));
        outputs.AddRange(await TableFiles.WriteAsync(matrix, folder, MatrixTable));
        var manifest = new BatchManifest(BatchManifest.CurrentFormat, run, shard, inputs, outputs);
        manifest.Write(folder);
        return manifest;
    }

    public static string ShardFolder(string output, Shard shard) => Path.Combine(output, ShardsFolder, shard.Name);
}
