using Rutland.Access.Batch.Run;
using Rutland.Access.Data;

namespace Rutland.Access.Batch.Output;

/// <summary>The sha256 of every dataset the engine reads (as listed in the authored <c>manifest.json</c>) and of a CSV of origin points.</summary>
public static class InputHashes
{
    public const string Missing = "missing";

    public static IReadOnlyList<InputFile> Compute(RunDescription run)
    {
        string inputs = DataDirectory.ResolveInputs(run.Inputs), authored = DataDirectory.ResolveAuthored(run.Authored);
        var datasets = DatasetManifest.Load(Path.Combine(authored, DatasetManifest.FileName));
        var files = datasets.Entries.Select(e =>
        {
            string full = datasets.FullPath(e, inputs, authored);
            return new InputFile(e.Location, e.Path, File.Exists(full) ? TableFiles.Sha256(full) : Missing);
        }).ToList();
        if (run.Origins.CsvPath is { } csv) files.Add(new InputFile("run", Path.GetFileName(csv), TableFiles.Sha256(csv)));
        return files;
    }
}
