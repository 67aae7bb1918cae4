using System.Reflection;

namespace Rutland.Access.Tests.Architecture;

/// <summary>
/// The folder-to-folder dependencies of an assembly whose namespaces follow its folders (<c>Root.Folder.Sub</c>):
/// each of its types against every type it uses (<see cref="TypeDependencies"/>) that lies under the same root.
/// </summary>
public static class CoreDependencies
{
    public static IReadOnlyList<FolderEdge> Edges(Assembly assembly, string rootNamespace, Func<string, string> folderOf) =>
        Edges(assembly.GetTypes(), rootNamespace, folderOf);

    public static IReadOnlyList<FolderEdge> Edges(IEnumerable<Type> types, string rootNamespace, Func<string, string> folderOf)
    {
        var edges = new List<FolderEdge>();
        foreach (var type in types)
        {
            if (Under(type, rootNamespace) is not { } from) continue;
            foreach (var used in TypeDependencies.Of(type))
            {
                if (Under(used, rootNamespace) is not { } to) continue;
                edges.Add(new FolderEdge(folderOf(from), Name(type), folderOf(to), Name(used)));
            }
        }
        return edges;
    }

    /// <summary>The namespace below the root ("Transit.Raptor"), or null for a type outside it.</summary>
    private static string? Under(Type type, string rootNamespace) =>
        type.Namespace is { } ns && ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? ns[(rootNamespace.Length + 1)..] : null;

    /// <summary>The full name, compiler-generated nesting (lambdas, iterators) included, so a failure points at the code.</summary>
    private static string Name(Type type) => type.FullName ?? type.Name;
}
