using Rutland.Access.Analysis;
using Rutland.Access.Batch.Output;
using Rutland.Access.Batch.Run;

namespace Rutland.Access.Batch.Commands;

/// <summary>One run, or one shard of it: load the engine, compute the shard's origins, write its files.</summary>
public static class BatchRun
{
    public static async Task<BatchManifest> ExecuteAsync(string runPath, string output, Shard shard, BatchProgress progress)
    {
        var run = RunFileLoader.Load(runPath);
        var engine = progress.Step("load data", () => AccessEngineLoader.Load(new EngineOptions(run.Inputs, run.Authored)));
        foreach (string note in engine.Report.Notes) progress.Note(note);
        return await ExecuteAsync(engine, run, runPath, output, shard, progress);
    }

    /// <summary>The same on an engine already loaded from the run's inputs (several shards in one process: tests).</summary>
    public static async Task<BatchManifest> ExecuteAsync(AccessEngine engine, RunDescription run, string runPath, string output,
        Shard shard, BatchProgress progress)
    {
        var origins = OriginResolver.Resolve(engine, run, runPath);
        var destinations = RunDestinations.Resolve(engine, run, runPath);
        var (start, end) = shard.Range(origins.Count);
        var mine = origins.Skip(start).Take(end - start).ToArray();
        progress.Note($"run '{run.Name}', shard {shard}: origins {start}..{end - 1} of {origins.Count}, {destinations.Count} destinations");

        var matrix = progress.Track(report => MatrixComputation.Compute(engine, run, [.. mine.Select(o => o.Place)], destinations, report));
        var inputs = progress.Step("hash inputs", () => InputHashes.Compute(run));
        var originRows = mine.Select(o => o.Row).ToArray();
        if (shard.IsWhole) return await BatchOutput.WriteFinalAsync(run, inputs, originRows, matrix, output);

        string folder = BatchOutput.ShardFolder(output, shard);
        // A re-run shard is unfinished until its new manifest is written.
        Directory.CreateDirectory(folder);
        File.Delete(Path.Combine(folder, BatchManifest.FileName));
        return await BatchOutput.WriteShardAsync(run, inputs, new ShardInfo(shard.Index, shard.Count, start, end, origins.Count),
            originRows, matrix, folder);
    }
}
