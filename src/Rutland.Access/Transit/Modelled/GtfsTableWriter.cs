using System.Text;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// Writes GTFS tables as RFC 4180 CSV: UTF-8 without byte-order mark, LF line ends, a field quoted only when it
/// holds a comma, quote or line break. The same tables always give the same bytes.
/// </summary>
public static class GtfsTableWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string directory, IEnumerable<GtfsTable> tables)
    {
        Directory.CreateDirectory(directory);
        foreach (var table in tables)
            File.WriteAllText(Path.Combine(directory, table.FileName), Text(table), Utf8NoBom);
    }

    /// <summary>The file's text, as written (also read back in memory, e.g. by <see cref="Analysis.ModelledTimetableVariant"/>).</summary>
    public static string Text(GtfsTable table)
    {
        var text = new StringBuilder();
        AppendRow(text, table.Header);
        foreach (var row in table.Rows)
        {
            if (row.Count != table.Header.Count)
                throw new InvalidOperationException($"{table.FileName}: a row has {row.Count} fields for {table.Header.Count} columns");
            AppendRow(text, row);
        }
        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            string field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            else text.Append(field);
        }
        text.Append('\n');
    }
}
