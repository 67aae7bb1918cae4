using System.CommandLine;
using Rutland.Access.Batch.Commands;
using Rutland.Access.Batch.Output;
using Rutland.Access.Batch.Run;
using Rutland.Access.Data;
using Spectre.Console;

// rutland-batch run RUN.json --out DIR [--shard i/N | --shard-count N]   and   rutland-batch merge --out DIR
var progress = new BatchProgress(AnsiConsole.Console);

var runFile = new Argument<FileInfo>("run-file") { Description = "The run description (JSON)" };
var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (shards go to its shards/ folder)", Required = true };
var shardOption = new Option<string?>("--shard") { Description = "Compute only shard i of N (0-based), e.g. 2/8" };
var shardCount = new Option<int?>("--shard-count")
{
    Description = $"Number of shards when the index comes from the scheduler ({Shard.SlurmTaskId} or {Shard.KubernetesIndex})",
};

var run = new Command("run", "Compute a run's travel-time matrix and equity aggregates (or one shard of it)") { runFile, output, shardOption, shardCount };
run.SetAction(async parse => await Guarded(async () =>
{
    var shard = parse.GetValue(shardOption) is { } text ? Shard.Parse(text)
        : Shard.FromEnvironment(Environment.GetEnvironmentVariable, parse.GetValue(shardCount))
          ?? (parse.GetValue(shardCount) is { } n ? throw new FormatException($"--shard-count {n} without a scheduler index: pass --shard i/{n}") : Shard.Whole);
    string folder = parse.GetValue(output)!.FullName;
    var manifest = await BatchRun.ExecuteAsync(parse.GetValue(runFile)!.FullName, folder, shard, progress);
    foreach (var file in manifest.Outputs) progress.Note($"{file.File}: {file.Rows} rows, sha256 {file.Sha256}");
    progress.Note($"written to {(shard.IsWhole ? folder : BatchOutput.ShardFolder(folder, shard))}");
}));

var merge = new Command("merge", "Combine the shards under --out/shards into the run's outputs (the same bytes as a single run)") { output };
merge.SetAction(async parse => await Guarded(async () =>
{
    string folder = parse.GetValue(output)!.FullName;
    var manifest = await ShardMerge.MergeAsync(folder, progress.Note);
    foreach (var file in manifest.Outputs) progress.Note($"{file.File}: {file.Rows} rows, sha256 {file.Sha256}");
}));

var root = new RootCommand("Rutland Access batch runs: travel-time matrices and equity aggregates, sharded for Slurm or Kubernetes") { run, merge };
return await root.Parse(args).InvokeAsync();

// Expected failures (bad run file, bad data, missing shard) are one line naming the cause, exit code 2.
async Task<int> Guarded(Func<Task> work)
{
    try
    {
        await work();
        return 0;
    }
    catch (Exception ex) when (ex is RunFileException or DataFileException or MergeException or FormatException
                                   or FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
    {
        progress.Error(ex.Message);
        return 2;
    }
}
