namespace Rutland.Access.Tests.Architecture;

/// <summary>
/// Folders from the bottom of the house up: a folder may use itself and folders before it, never one after it. A
/// folder missing from the order is a failure too, so a new folder has to be given its place.
/// </summary>
public sealed class LayerOrder(params string[] bottomUp)
{
    public IReadOnlyList<string> Folders { get; } = bottomUp;

    /// <summary>The edges that point up the order or from or to a folder it does not place.</summary>
    public IReadOnlyList<FolderEdge> Violations(IEnumerable<FolderEdge> edges) =>
        edges.Where(e => e.FromFolder != e.ToFolder)
            .Where(e => Rank(e.FromFolder) is not { } from || Rank(e.ToFolder) is not { } to || to > from)
            .ToList();

    private int? Rank(string folder) => Array.IndexOf(bottomUp, folder) is var i and >= 0 ? i : null;
}
