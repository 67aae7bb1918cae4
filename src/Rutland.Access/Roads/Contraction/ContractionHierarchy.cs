namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// A contraction hierarchy over a <see cref="RoadGraph"/>'s travel times (Geisberger et al. 2008; OSRM's CH).
/// Nodes are renumbered by rank, highest first (position 0 is contracted last), so that PHAST's downward sweep
/// reads the arrays front to back. Each position keeps only its arcs to higher-ranked positions (smaller numbers):
/// <see cref="UpFirst"/> the arcs leaving it (p → q), <see cref="DownFirst"/> the arcs entering it (q → p), each
/// an original edge or a shortcut standing for a path through lower-ranked nodes. Immutable; shared by all searches.
/// Times only: distances in metres are not carried through shortcuts.
/// </summary>
public sealed class ContractionHierarchy
{
    public required int NodeCount { get; init; }
    /// <summary>Position of each graph node in rank order (0 = highest rank).</summary>
    public required int[] PositionOf { get; init; }
    /// <summary>Graph node at each position.</summary>
    public required int[] NodeAt { get; init; }

    /// <summary>Arcs p → q (q &lt; p) are UpHead/UpSeconds[UpFirst[p] .. UpFirst[p+1]-1].</summary>
    public required int[] UpFirst { get; init; }
    public required int[] UpHead { get; init; }
    public required float[] UpSeconds { get; init; }

    /// <summary>Arcs q → p (q &lt; p) are DownTail/DownSeconds[DownFirst[p] .. DownFirst[p+1]-1].</summary>
    public required int[] DownFirst { get; init; }
    public required int[] DownTail { get; init; }
    public required float[] DownSeconds { get; init; }

    /// <summary>Shortcuts added while contracting (arcs beyond the graph's own edges).</summary>
    public required long ShortcutCount { get; init; }

    public long ArcCount => UpHead.LongLength + DownTail.LongLength;

    /// <summary>Approximate bytes held by the hierarchy's arrays.</summary>
    public long Bytes => 4L * (PositionOf.Length + NodeAt.Length + UpFirst.Length + DownFirst.Length) + 8L * ArcCount;

    /// <summary>The fastest time between two graph nodes (one query; <see cref="PointToPointQuery"/> reuses its arrays over many).</summary>
    public float Seconds(int from, int to)
    {
        using var query = new PointToPointQuery(this);
        return query.Seconds(from, to);
    }
}
