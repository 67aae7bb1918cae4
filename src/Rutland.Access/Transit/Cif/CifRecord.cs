using System.Globalization;
using Rutland.Access.Data;

namespace Rutland.Access.Transit.Cif;

/// <summary>
/// One fixed-width 80-character CIF record. Fields are addressed by the spec's 1-based start column and width;
/// errors name the file, line and field.
/// </summary>
internal readonly struct CifRecord
{
    public const int Width = 80;

    private readonly string _text;
    public string File { get; }
    public long Line { get; }
    public string Type => _text[..2];

    /// <summary>Shorter lines are padded: trailing spaces are often trimmed in transit.</summary>
    public CifRecord(string text, string file, long line)
    {
        File = file;
        Line = line;
        if (text.Length > Width) throw new DataFileException(file, line, $"record is {text.Length} characters long; CIF records are {Width}");
        if (text.Length < 2) throw new DataFileException(file, line, "record too short to have a record type");
        _text = text.PadRight(Width);
    }

    public DataFileException Error(string problem) => new(File, Line, $"{Type} record: {problem}");

    /// <summary>The raw field (untrimmed).</summary>
    public string Raw(int start, int width) => _text.Substring(start - 1, width);

    /// <summary>The trimmed field, or null when blank.</summary>
    public string? Text(int start, int width)
    {
        string s = Raw(start, width).Trim();
        return s.Length == 0 ? null : s;
    }

    public string Required(int start, int width, string field) =>
        Text(start, width) ?? throw Error($"{field} (columns {start}-{start + width - 1}) is blank");

    /// <summary>A 6-digit date (yyMMdd in schedules, ddMMyy in the header); two-digit years are 2000-2049 or 1950-1999.</summary>
    public DateOnly Date(int start, string field, string format = "yyMMdd")
    {
        string s = Raw(start, 6);
        return DateOnly.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error($"{field} '{s}' is not a date {format}");
    }

    /// <summary>
    /// A time of day in seconds from HHMM, plus 30 s for a trailing 'H' (half minute) when the field is 5 wide
    /// (working timetable times); null when blank. Public (4-wide) times of 0000 mean "no public time".
    /// </summary>
    public int? Time(int start, int width, string field)
    {
        string s = Raw(start, width);
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (width == 4 && s == "0000") return null;
        if (int.TryParse(s.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int h) && h < 24
            && int.TryParse(s.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m < 60
            && (width == 4 || s[4] is ' ' or 'H'))
            return h * 3600 + m * 60 + (width == 5 && s[4] == 'H' ? 30 : 0);
        throw Error($"{field} '{s}' is not a time HHMM{(width == 5 ? "[H]" : "")}");
    }
}
