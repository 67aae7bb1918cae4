using System.Text.RegularExpressions;
using Rutland.Access.Data;

namespace Rutland.Access.Equity;

/// <summary>GSS codes of English LSOAs (E01 + six digits), checked where they are read so a typo fails at its line.</summary>
public static partial class LsoaCode
{
    [GeneratedRegex("^E01[0-9]{6}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string code) => Pattern().IsMatch(code);

    public static string Require(CsvReader csv, string column)
    {
        string code = csv.Required(column);
        return IsValid(code) ? code : throw csv.Error($"field '{column}': '{code}' is not an LSOA code (E01 and six digits)");
    }
}
