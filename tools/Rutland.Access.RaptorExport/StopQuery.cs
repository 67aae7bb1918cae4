using System.Globalization;

namespace Rutland.Access.RaptorExport;

/// <summary>One stop-to-stop earliest-arrival question: leave <see cref="FromStop"/> at or after the departure, reach <see cref="ToStop"/>.</summary>
public sealed record StopQuery(int Id, string FromStop, string ToStop, int DepartureSeconds)
{
    /// <summary>Reads <c>query,from_stop,to_stop,departure_seconds</c> rows (with a header), as compare.mjs writes them.</summary>
    public static IReadOnlyList<StopQuery> ReadCsv(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            if (f.Length != 4) throw new FormatException($"{path}: expected 4 fields in '{line}'");
            return new StopQuery(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture));
        }).ToArray();
}
