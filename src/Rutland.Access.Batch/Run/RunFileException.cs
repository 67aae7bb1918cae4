namespace Rutland.Access.Batch.Run;

/// <summary>A run file that cannot be used, naming the file and the JSON field at fault (e.g. <c>windows[1].start</c>).</summary>
public sealed class RunFileException(string path, string field, string problem)
    : Exception($"{path}: {field}: {problem}")
{
    public string FilePath { get; } = path;
    public string Field { get; } = field;
}
