namespace Rutland.Access.Isochrones;

/// <summary>
/// The segments of already simplified rings, bucketed by every field cell their bounding boxes cover (a simplified
/// segment may span many cells): the floor a middle cutoff's outline must not cut into.
/// </summary>
public sealed class SimplifiedRingGrid
{
    private readonly int[] _cellStart;
    private readonly int[] _segments;

    /// <summary>All ring vertices end to end; segment s runs from vertex s to vertex <see cref="Next"/>[s].</summary>
    public double[] X { get; }
    public double[] Y { get; }
    public int[] Next { get; }

    public SimplifiedRingGrid(IReadOnlyList<(double[] X, double[] Y)> rings, TravelTimeField field)
    {
        int total = rings.Sum(r => r.X.Length);
        X = new double[total];
        Y = new double[total];
        Next = new int[total];
        int v = 0;
        foreach (var (x, y) in rings)
        {
            x.CopyTo(X, v);
            y.CopyTo(Y, v);
            for (int k = 0; k < x.Length; k++) Next[v + k] = v + (k + 1) % x.Length;
            v += x.Length;
        }
        // Counting sort by cell: count, prefix sums, then place.
        _cellStart = new int[field.Columns * field.Rows + 1];
        for (int s = 0; s < total; s++)
        {
            var (c0, c1, r0, r1) = Cells(field, s);
            for (int row = r0; row <= r1; row++)
                for (int col = c0; col <= c1; col++) _cellStart[row * field.Columns + col + 1]++;
        }
        for (int c = 0; c + 1 < _cellStart.Length; c++) _cellStart[c + 1] += _cellStart[c];
        _segments = new int[_cellStart[^1]];
        var fill = (int[])_cellStart.Clone();
        for (int s = 0; s < total; s++)
        {
            var (c0, c1, r0, r1) = Cells(field, s);
            for (int row = r0; row <= r1; row++)
                for (int col = c0; col <= c1; col++) _segments[fill[row * field.Columns + col]++] = s;
        }
    }

    public ReadOnlySpan<int> In(int cell) => _segments.AsSpan(_cellStart[cell], _cellStart[cell + 1] - _cellStart[cell]);

    /// <summary>The columns and rows of the cells that segment s's bounding box covers.</summary>
    private (int C0, int C1, int R0, int R1) Cells(TravelTimeField field, int s)
    {
        int e = Next[s];
        return (Column(field, Math.Min(X[s], X[e]), -GridLineNudge), Column(field, Math.Max(X[s], X[e]), GridLineNudge),
            Row(field, Math.Min(Y[s], Y[e]), -GridLineNudge), Row(field, Math.Max(Y[s], Y[e]), GridLineNudge));
    }

    /// <summary>A segment ending on a grid line touches the cells on both sides, so the box is widened by a hair.</summary>
    private const double GridLineNudge = IsochroneParameters.GridLineNudgeCells;

    private static int Column(TravelTimeField field, double x, double nudge) =>
        Math.Clamp((int)Math.Floor((x - field.OriginEasting) / field.Spacing + nudge), 0, field.Columns - 2);

    private static int Row(TravelTimeField field, double y, double nudge) =>
        Math.Clamp((int)Math.Floor((y - field.OriginNorthing) / field.Spacing + nudge), 0, field.Rows - 2);
}
