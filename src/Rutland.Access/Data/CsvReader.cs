using System.Globalization;
using System.Text;

namespace Rutland.Access.Data;

/// <summary>
/// Streaming RFC 4180 CSV reader with a header row: quoted fields (with embedded commas, quotes and newlines),
/// UTF-8 BOM, CRLF or LF. Every error names the file, the line the record starts on and the field.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _fields = new();
    private readonly StringBuilder _field = new();
    private long _physicalLine = 1;

    public string FilePath { get; }
    public IReadOnlyList<string> Header { get; }
    /// <summary>The 1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    public CsvReader(TextReader reader, string filePath)
    {
        _reader = reader;
        FilePath = filePath;
        if (!ReadRecord())
            throw new DataFileException(filePath, 1, "empty file: expected a header row");
        Header = _fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        for (int i = 0; i < Header.Count; i++)
        {
            if (!_columns.TryAdd(Header[i], i))
                throw new DataFileException(filePath, 1, $"column '{Header[i]}' appears twice in the header");
        }
    }

    public static CsvReader Open(string path)
    {
        if (!File.Exists(path)) throw new DataFileException(path, null, "file not found");
        return new CsvReader(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), path);
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
        while (ReadRecord())
        {
            if (_fields.Count == 1 && _fields[0].Length == 0) continue; // blank line
            if (_fields.Count != Header.Count)
                throw Error($"expected {Header.Count} fields but found {_fields.Count}");
            return true;
        }
        return false;
    }

    /// <summary>The field's text, or null when the column is absent or the field is empty.</summary>
    public string? Optional(string column)
    {
        if (!_columns.TryGetValue(column, out int i)) return null;
        string value = _fields[i].Trim();
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

    // A compressed source (a zip entry) fails while it is read: that is this file's error too.
    private bool ReadRecord()
    {
        try { return ReadRecordText(); }
        catch (InvalidDataException e) { throw new DataFileException(FilePath, Line, $"unreadable data: {e.Message}", e); }
    }

    private bool ReadRecordText()
    {
        _fields.Clear();
        _field.Clear();
        Line = _physicalLine;
        int c = _reader.Read();
        if (c == -1) return false;
        bool quoted = false, wasQuoted = false;
        while (true)
        {
            if (quoted)
            {
                if (c == -1) throw new DataFileException(FilePath, Line, "unterminated quoted field at end of file");
                if (c == '"')
                {
                    if (_reader.Peek() == '"') { _reader.Read(); _field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') _physicalLine++;
                    _field.Append((char)c);
                }
            }
            else if (c == '"' && _field.Length == 0 && !wasQuoted) { quoted = wasQuoted = true; }
            else if (c == ',') { _fields.Add(_field.ToString()); _field.Clear(); wasQuoted = false; }
            else if (c == '\n' || c == -1)
            {
                if (c == '\n') _physicalLine++;
                if (_field.Length > 0 && _field[^1] == '\r') _field.Length--;
                _fields.Add(_field.ToString());
                return true;
            }
            else if (c == '\r' && _reader.Peek() == '\n') { }
            else _field.Append((char)c);
            c = _reader.Read();
        }
    }

    public void Dispose() => _reader.Dispose();
}
