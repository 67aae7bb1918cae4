using Rutland.Access.Data;

namespace Rutland.Access.Equity;

/// <summary>Reads the ONS LSOA 2011→2021 and LSOA 2021→ward best-fit lookups, rejecting unknown change codes and duplicates.</summary>
public static class LookupLoader
{
    private static readonly char[] KnownChangeCodes = ['U', 'S', 'M', 'X'];

    public static IReadOnlyList<LsoaChange> LoadLsoa11To21(string path)
    {
        using var csv = CsvReader.Open(path);
        csv.RequireColumns("lsoa11_code", "lsoa21_code", "change_code");
        var rows = new List<LsoaChange>();
        var seen = new HashSet<(string, string)>();
        while (csv.Read())
        {
            string from = LsoaCode.Require(csv, "lsoa11_code"), to = LsoaCode.Require(csv, "lsoa21_code");
            string change = csv.Required("change_code");
            if (change.Length != 1 || !KnownChangeCodes.Contains(change[0]))
                throw csv.Error($"field 'change_code': '{change}' is not one of {string.Join("/", KnownChangeCodes)}");
            if (!seen.Add((from, to))) throw csv.Error($"pair {from}→{to} appears more than once");
            rows.Add(new LsoaChange(from, to, change[0]));
        }
        if (rows.Count == 0) throw new DataFileException(path, null, "no lookup rows");
        return rows;
    }

    /// <summary>Each 2021 LSOA must appear exactly once: a best-fit lookup assigns it to one ward.</summary>
    public static IReadOnlyList<Lsoa21Ward> LoadLsoa21ToWard(string path)
    {
        using var csv = CsvReader.Open(path);
        csv.RequireColumns("lsoa21_code", "ward24_code", "ward24_name");
        var rows = new List<Lsoa21Ward>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string lsoa = LsoaCode.Require(csv, "lsoa21_code");
            if (!seen.Add(lsoa)) throw csv.Error($"LSOA {lsoa} is assigned to more than one ward");
            string ward = csv.Required("ward24_code");
            if (!ward.StartsWith("E05", StringComparison.Ordinal))
                throw csv.Error($"field 'ward24_code': '{ward}' is not a ward code (E05…)");
            rows.Add(new Lsoa21Ward(lsoa, ward, csv.Required("ward24_name")));
        }
        if (rows.Count == 0) throw new DataFileException(path, null, "no lookup rows");
        return rows;
    }
}
