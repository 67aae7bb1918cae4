using System.Text.RegularExpressions;

namespace Rutland.Access.Tests.Architecture;

/// <summary>
/// Folder-to-folder dependencies as the source files state them: <c>using Root.Folder…;</c> directives and fully
/// qualified <c>Root.Folder.</c> names in code (comments and string literals left out). It sees what IL cannot: a constant or enum value the
/// compiler copied into the using code.
/// </summary>
public static class SourceImports
{
    public static IReadOnlyList<FolderEdge> Edges(string sourceDirectory, string rootNamespace)
    {
        var edges = new List<FolderEdge>();
        var reference = new Regex($@"\b{Regex.Escape(rootNamespace)}\.(\w+)");
        foreach (string file in Directory.EnumerateFiles(sourceDirectory, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(sourceDirectory, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            string folder = relative.Split('/')[0];
            foreach (string line in File.ReadLines(file))
            {
                string code = CodeOf(line);
                if (code.TrimStart().StartsWith("namespace ", StringComparison.Ordinal)) continue;
                foreach (Match match in reference.Matches(code))
                    edges.Add(new FolderEdge(folder, relative, match.Groups[1].Value, code.Trim()));
            }
        }
        return edges;
    }

    private static readonly Regex StringLiteral = new(@"""(?:[^""\\]|\\.)*""");

    private static string CodeOf(string line)
    {
        string code = StringLiteral.Replace(line, "\"\"");
        return code.IndexOf("//", StringComparison.Ordinal) is var i and >= 0 ? code[..i] : code;
    }
}
