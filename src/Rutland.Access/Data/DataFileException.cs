namespace Rutland.Access.Data;

/// <summary>A data file is missing or malformed. The message always names the file and, where known, the line (or feature) and field.</summary>
public sealed class DataFileException : Exception
{
    public string FilePath { get; }
    public long? Line { get; }

    public DataFileException(string filePath, long? line, string problem, Exception? inner = null)
        : base(Format(filePath, line, problem), inner)
    {
        FilePath = filePath;
        Line = line;
    }

    private static string Format(string filePath, long? line, string problem) =>
        line is null ? $"{filePath}: {problem}" : $"{filePath}:{line}: {problem}";
}
