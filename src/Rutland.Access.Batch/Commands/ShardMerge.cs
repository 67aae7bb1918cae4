using System.Text.Json;
using Rutland.Access.Batch.Output;

namespace Rutland.Access.Batch.Commands;

/// <summary>
/// Combines the shards under <c>out/shards/</c> into the run's final outputs. Every shard must be present once,
/// belong to the same run on the same inputs, cover its block of origins, and match its own manifest's checksums;
/// otherwise the error names the shard to re-run.
/// </summary>
public static class ShardMerge
{
    public static async Task<BatchManifest> MergeAsync(string output, Action<string> log)
    {
        string shardsFolder = Path.Combine(output, BatchOutput.ShardsFolder);
        if (!Directory.Exists(shardsFolder)) throw new MergeException($"{shardsFolder} does not exist: no shard has run");
        var folders = Directory.GetDirectories(shardsFolder, "shard-*").Order(StringComparer.Ordinal).ToArray();
        var finished = folders.Where(f => File.Exists(Path.Combine(f, BatchManifest.FileName)))
            .Select(f => (Folder: f, Manifest: BatchManifest.Read(f))).ToArray();
        if (finished.Length == 0) throw new MergeException($"{shardsFolder}: no finished shard (no {BatchManifest.FileName})");

        var first = finished[0].Manifest;
        int count = first.Shard?.Count ?? throw new MergeException($"{finished[0].Folder}: manifest has no shard section");
        string runJson = JsonSerializer.Serialize(first.Run, BatchManifest.Json), inputsJson = JsonSerializer.Serialize(first.Inputs, BatchManifest.Json);
        var byIndex = new SortedDictionary<int, (string Folder, BatchManifest Manifest)>();
        foreach (var (folder, manifest) in finished)
        {
            if (manifest.Shard is not { } shard || shard.Count != count)
                throw new MergeException($"{folder}: shard of {manifest.Shard?.Count} while {finished[0].Folder} is one of {count}; clear {shardsFolder} and re-run");
            if (JsonSerializer.Serialize(manifest.Run, BatchManifest.Json) != runJson)
                throw new MergeException($"{folder}: a different run description from {finished[0].Folder}");
            if (JsonSerializer.Serialize(manifest.Inputs, BatchManifest.Json) != inputsJson)
                throw new MergeException($"{folder}: computed on different input files from {finished[0].Folder} (sha256 differ)");
            if (!byIndex.TryAdd(shard.Index, (folder, manifest)))
                throw new MergeException($"{folder}: shard {shard.Index}/{count} appears twice");
        }
        var missing = Enumerable.Range(0, count).Where(i => !byIndex.ContainsKey(i)).ToArray();
        if (missing.Length > 0)
            throw new MergeException($"missing shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))}: re-run them with --shard i/{count}");

        var origins = new List<OriginRow>();
        var matrix = new List<MatrixRow>();
        foreach (var (index, (folder, manifest)) in byIndex)
        {
            var shard = manifest.Shard!;
            if (shard.FirstOrigin != origins.Count)
                throw new MergeException($"{folder}: starts at origin {shard.FirstOrigin}, expected {origins.Count}");
            foreach (var file in manifest.Outputs)
                if (TableFiles.Sha256(Path.Combine(folder, file.File)) != file.Sha256)
                    throw new MergeException($"{folder}/{file.File}: sha256 differs from its manifest; re-run shard {index}/{count}");
            var shardOrigins = await TableFiles.ReadAsync<OriginRow>(folder, BatchOutput.OriginsTable);
            if (shardOrigins.Count != shard.EndOrigin - shard.FirstOrigin)
                throw new MergeException($"{folder}: {shardOrigins.Count} origins, manifest says {shard.EndOrigin - shard.FirstOrigin}");
            origins.AddRange(shardOrigins);
            matrix.AddRange(await TableFiles.ReadAsync<MatrixRow>(folder, BatchOutput.MatrixTable));
            log($"{Path.GetFileName(folder)}: origins {shard.FirstOrigin}..{shard.EndOrigin - 1}");
        }
        if (origins.Count != first.Shard.TotalOrigins)
            throw new MergeException($"shards hold {origins.Count} origins, the run has {first.Shard.TotalOrigins}");
        return await BatchOutput.WriteFinalAsync(first.Run, first.Inputs, origins, matrix, output);
    }
}

/// <summary>Shards that cannot be merged, with what to do about it.</summary>
public sealed class MergeException(string message) : Exception(message);
