using Rutland.Access.Analysis;
using Rutland.Access.Data;

namespace Rutland.Access.Batch.Tests.Support;

/// <summary>The engine on the real data (../shared/geodata), loaded once for every test.</summary>
public static class RutlandEngine
{
    private static readonly Lazy<AccessEngine> Lazy = new(() => AccessEngineLoader.Load(new EngineOptions()));
    public static AccessEngine Engine => Lazy.Value;

    /// <summary>The repository's root (the folder holding Rutland.Access.sln).</summary>
    public static string Repository => DataDirectory.RepositoryRoot() ?? throw new InvalidOperationException("run the tests inside the repository");

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string TempFolder(string label)
    {
        string path = Path.Combine(Path.GetTempPath(), $"rutland-batch-{label}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
