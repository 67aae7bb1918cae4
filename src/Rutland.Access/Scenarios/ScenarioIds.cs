using System.Text.RegularExpressions;

namespace Rutland.Access.Scenarios;

/// <summary>Saved-scenario ids: safe in a URL path and as a database key.</summary>
public static partial class ScenarioIds
{
    public const string Rule = "1–64 lower-case letters, digits and hyphens";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();
}
