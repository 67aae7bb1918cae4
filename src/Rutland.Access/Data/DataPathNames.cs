namespace Rutland.Access.Data;

/// <summary>
/// How answers name data files: relative to the input data directory (as the manifest does: <c>osm/…</c>), the
/// project's authored files by their repository path (<c>geodata/…</c>), anything else by its file name alone. An
/// answer never reveals where the machine keeps its files.
/// </summary>
public sealed class DataPathNames(string inputs, string authored)
{
    public const string AuthoredPrefix = "geodata";

    private readonly string _inputs = Directory(inputs);
    private readonly string _authored = Directory(authored);

    public string Name(string path)
    {
        string full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        if (Under(full, _inputs) is { } input) return input;
        if (Under(full, _authored) is { } own) return own.Length == 0 ? AuthoredPrefix : $"{AuthoredPrefix}/{own}";
        return System.IO.Path.GetFileName(full);
    }

    /// <summary>A message (a load note, an error) with every data directory written as its relative name.</summary>
    public string Scrub(string text) => text.Replace(_authored, AuthoredPrefix + "/").Replace(_inputs, "");

    private static string? Under(string full, string directory) =>
        full.StartsWith(directory, StringComparison.Ordinal) ? full[directory.Length..].Replace('\\', '/')
        : full == directory.TrimEnd(System.IO.Path.DirectorySeparatorChar) ? ""
        : null;

    private static string Directory(string path) =>
        System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path)) + System.IO.Path.DirectorySeparatorChar;
}
