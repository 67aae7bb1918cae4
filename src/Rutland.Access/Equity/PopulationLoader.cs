using Rutland.Access.Data;

namespace Rutland.Access.Equity;

/// <summary>
/// Reads ONS small-area estimates by single year of age (columns "0".."89" and "90+"). The 65+ and 75+ counts are
/// summed from the single years; a row whose single years do not add up to its total, or whose published 65+ column
/// disagrees with the sum, is an error naming the line.
/// </summary>
public static class PopulationLoader
{
    public const string CodeColumn = "lsoa11_code";
    public const string NameColumn = "lsoa11_name";
    public const string TotalColumn = "total_population";
    public const string Published65PlusColumn = "pop_65plus";
    public const string OpenEndedAgeColumn = "90+";
    private const int OpenEndedAge = 90;

    public static IReadOnlyList<LsoaPopulation> Load(string path)
    {
        using var csv = CsvReader.Open(path);
        string[] ageColumns = [.. Enumerable.Range(0, OpenEndedAge).Select(a => a.ToString()), OpenEndedAgeColumn];
        csv.RequireColumns([CodeColumn, NameColumn, TotalColumn, .. ageColumns]);
        var rows = new List<LsoaPopulation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string code = LsoaCode.Require(csv, CodeColumn);
            if (!seen.Add(code)) throw csv.Error($"LSOA {code} appears more than once");
            int total = csv.RequiredInt(TotalColumn), sum = 0, aged65 = 0, aged75 = 0;
            for (int age = 0; age <= OpenEndedAge; age++)
            {
                int count = csv.RequiredInt(ageColumns[age]);
                if (count < 0) throw csv.Error($"field '{ageColumns[age]}': negative count {count}");
                sum += count;
                if (age >= 65) aged65 += count;
                if (age >= 75) aged75 += count;
            }
            if (sum != total)
                throw csv.Error($"single years of age sum to {sum} but '{TotalColumn}' is {total}");
            if (csv.OptionalInt(Published65PlusColumn) is { } published && published != aged65)
                throw csv.Error($"field '{Published65PlusColumn}': {published} disagrees with the single years 65..90+ ({aged65})");
            rows.Add(new LsoaPopulation(code, csv.Required(NameColumn), total, aged65, aged75));
        }
        if (rows.Count == 0) throw new DataFileException(path, null, "no LSOA rows");
        return rows;
    }
}
