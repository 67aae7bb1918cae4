namespace Rutland.Access.Data;

/// <summary>
/// Locates the read-only input data (default <c>../shared/geodata</c> beside the repository, overridable by
/// <c>RUTLAND_ACCESS_DATA</c>) and the project's own authored <c>geodata/</c> folder.
/// </summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "RUTLAND_ACCESS_DATA";
    private const string SolutionFile = "Rutland.Access.sln";

    /// <summary>The shared input data directory: explicit setting, else the environment variable, else ../shared/geodata from the repository root.</summary>
    public static string ResolveInputs(string? configured = null)
    {
        string? path = configured ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            string root = RepositoryRoot()
                ?? throw new DirectoryNotFoundException(
                    $"Cannot find the input data: set {EnvironmentVariable} or run from inside the repository (no {SolutionFile} above {Directory.GetCurrentDirectory()}).");
            path = Path.Combine(root, "..", "shared", "geodata");
        }
        path = Path.GetFullPath(path);
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"Input data directory {path} does not exist (set {EnvironmentVariable}).");
        return path;
    }

    /// <summary>The project's authored data folder (<c>geodata/</c> at the repository root), or an explicit override.</summary>
    public static string ResolveAuthored(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        string root = RepositoryRoot()
            ?? throw new DirectoryNotFoundException($"Cannot find the project's geodata/ folder (no {SolutionFile} above {Directory.GetCurrentDirectory()}).");
        return Path.Combine(root, "geodata");
    }

    /// <summary>The nearest folder holding the solution file, searching up from the working directory and then from the binaries.</summary>
    public static string? RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        return null;
    }
}
