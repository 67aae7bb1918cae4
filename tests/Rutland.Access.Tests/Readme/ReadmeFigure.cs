using System.Text.RegularExpressions;

namespace Rutland.Access.Tests.Readme;

/// <summary>
/// Figures quoted in README.md: a pattern that finds them (exactly once) with groups g0, g1, ... around each figure,
/// and the values the engine gives now, in the same order.
/// </summary>
public sealed record ReadmeFigure(string Name, Regex Pattern, IReadOnlyList<string> Values)
{
    public ReadmeFigure(string name, string pattern, params string[] values)
        : this(name, new Regex(pattern, RegexOptions.Multiline), values) { }

    /// <summary>How the README differs from <see cref="Values"/>, or nothing.</summary>
    public IEnumerable<string> Differences(string readme)
    {
        var matches = Pattern.Matches(readme);
        if (matches.Count != 1)
        {
            yield return $"{Name}: the pattern matches {matches.Count} places in README.md, not 1 (prose changed? update ReadmeFiguresTests)";
            yield break;
        }
        for (int i = 0; i < Values.Count; i++)
        {
            string quoted = Regex.Replace(matches[0].Groups[$"g{i}"].Value, @"\s+", " ");
            if (quoted != Values[i]) yield return $"{Name}: README says '{quoted}', the engine gives '{Values[i]}'";
        }
    }

    /// <summary>The README with this figure's quoted values replaced by <see cref="Values"/> (last group first, so offsets hold).</summary>
    public string Rewrite(string readme)
    {
        var match = Pattern.Match(readme);
        if (!match.Success) return readme;
        for (int i = Values.Count - 1; i >= 0; i--)
        {
            var group = match.Groups[$"g{i}"];
            readme = readme[..group.Index] + Values[i] + readme[(group.Index + group.Length)..];
        }
        return readme;
    }
}
