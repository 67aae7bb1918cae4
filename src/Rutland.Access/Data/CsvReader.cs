using System.Globalization;
using CsvHelper;

namespace Rutland.Access.Data;

/// <summary>
/// RFC 4180 CSV with a header row, read by CsvHelper: quoted fields (with embedded commas, quotes and newlines), a byte
/// order mark, CRLF or LF, blank lines skipped. Strict where CsvHelper would recover: malformed quoting and a record
/// whose field count differs from the header are errors. Every error names the file, the line the record starts on and
/// the field.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private static readonly CsvReaderOptions Rfc4180 = new()
    {
        Separator = ',',
        Mode = CsvMode.Rfc4180,
        HasHeader = true,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvHelper.CsvReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public string FilePath { get; }
    public IReadOnlyList<string> Header { get; }
    /// <summary>The 1-based line on which the current record starts.</summary>
    public long Line { get; private set; } = 1;

    public CsvReader(TextReader reader, string filePath) : this(CsvHelper.CsvReader.Create(reader, Rfc4180, false), filePath)
    {
    }

    private CsvReader(CsvHelper.CsvReader reader, string filePath)
    {
        _reader = reader;
        FilePath = filePath;
        Header = Guard(() => _reader.Headers).Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        if (Header.Count == 0)
            throw new DataFileException(filePath, 1, "empty file: expected a header row");
        for (int i = 0; i < Header.Count; i++)
        {
            if (!_columns.TryAdd(Header[i], i))
                throw new DataFileException(filePath, 1, $"column '{Header[i]}' appears twice in the header");
        }
    }

    public static CsvReader Open(string path)
    {
        if (!File.Exists(path)) throw new DataFileException(path, null, "file not found");
        return new CsvReader(CsvHelper.CsvReader.Create(File.OpenRead(path), Rfc4180, false), path);
    }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    public void RequireColumns(params string[] names)
    {
        var missing = names.Where(n => !_columns.ContainsKey(n)).ToArray();
        if (missing.Length > 0)
            throw new DataFileException(FilePath, 1, $"missing required column(s): {string.Join(", ", missing)}");
    }

    /// <summary>Advances to the next non-blank record; false at the end of the file.</summary>
    public bool Read()
    {
        if (!Guard(_reader.Read)) return false;
        Line = _reader.LineNumber;
        if (_reader.FieldCount != Header.Count)
            throw Error($"expected {Header.Count} fields but found {_reader.FieldCount}");
        return true;
    }

    /// <summary>The field's text, or null when the column is absent or the field is empty.</summary>
    public string? Optional(string column)
    {
        if (!_columns.TryGetValue(column, out int i) || _reader.IsEmpty(i)) return null;
        string value = _reader.GetString(i).Trim();
        return value.Length == 0 ? null : value;
    }

    public string Required(string column) =>
        Optional(column) ?? throw Error($"field '{column}' is required but empty or missing");

    public double RequiredDouble(string column) => ParseDouble(column, Required(column));

    public double? OptionalDouble(string column) => Optional(column) is { } s ? ParseDouble(column, s) : null;

    public int RequiredInt(string column) => ParseInt(column, Required(column));

    public int? OptionalInt(string column) => Optional(column) is { } s ? ParseInt(column, s) : null;

    /// <summary>An error about the current record, naming file, line and (optionally) field.</summary>
    public DataFileException Error(string problem) => new(FilePath, Line, problem);

    private double ParseDouble(string column, string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw Error($"field '{column}': '{s}' is not a number");

    private int ParseInt(string column, string s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw Error($"field '{column}': '{s}' is not a whole number");

    /// <summary>
    /// CsvHelper's malformed-quoting error names the line the record starts on; a compressed source (a zip entry) fails
    /// while it is read. Both are this file's errors.
    /// </summary>
    private T Guard<T>(Func<T> read)
    {
        try { return read(); }
        catch (CsvFormatException e)
        {
            throw new DataFileException(FilePath, e.LineNumber > 0 ? e.LineNumber : Line, $"malformed CSV: {e.Message}", e);
        }
        catch (InvalidDataException e) { throw new DataFileException(FilePath, Line, $"unreadable data: {e.Message}", e); }
    }

    public void Dispose() => _reader.Dispose();
}
