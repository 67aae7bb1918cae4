using Rutland.Access.Data;

namespace Rutland.Access.Equity;

/// <summary>Reads a deprivation file described by a <see cref="DeprivationFileLayout"/>, rejecting duplicate LSOAs,
/// ranks outside the edition's range and any rank that disagrees with its decile.</summary>
public static class DeprivationLoader
{
    public static IReadOnlyList<LsoaDeprivation> Load(string path, DeprivationFileLayout layout)
    {
        using var csv = CsvReader.Open(path);
        csv.RequireColumns([layout.CodeColumn, layout.NameColumn, layout.ScoreColumn,
            .. layout.Columns.Values.SelectMany(c => new[] { c.Rank, c.Decile })]);
        var rows = new List<LsoaDeprivation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string code = LsoaCode.Require(csv, layout.CodeColumn);
            if (!seen.Add(code)) throw csv.Error($"LSOA {code} appears more than once");
            var ranks = new Dictionary<DeprivationDomain, RankDecile>();
            foreach (var (domain, (rankColumn, decileColumn)) in layout.Columns)
            {
                int rank = csv.RequiredInt(rankColumn), decile = csv.RequiredInt(decileColumn);
                if (rank < 1 || rank > layout.Edition.NationalLsoaCount)
                    throw csv.Error($"field '{rankColumn}': rank {rank} is outside 1..{layout.Edition.NationalLsoaCount}");
                if (decile != layout.Edition.DecileOf(rank))
                    throw csv.Error($"field '{decileColumn}': decile {decile} disagrees with rank {rank} (expected {layout.Edition.DecileOf(rank)}); is the column mapping shifted?");
                ranks[domain] = new RankDecile(rank, decile);
            }
            rows.Add(new LsoaDeprivation(code, csv.Required(layout.NameColumn), csv.RequiredDouble(layout.ScoreColumn), ranks.AsReadOnly()));
        }
        if (rows.Count == 0) throw new DataFileException(path, null, "no LSOA rows");
        return rows;
    }
}
