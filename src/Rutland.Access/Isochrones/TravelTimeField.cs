using NetTopologySuite.Geometries;
using Rutland.Access.Roads;

namespace Rutland.Access.Isochrones;

/// <summary>
/// Travel times on a square grid in British National Grid metres, made from a search's own reached edges. A grid
/// point's value is the earliest time at which any point of a reached edge within the walk-off distance is reached,
/// with times interpolated linearly along each edge from its tree end (so an edge is cut exactly where the remaining
/// time runs out). Thresholding the grid at a cutoff therefore gives "within walk-off distance of the part of the
/// network reached within the cutoff": the buffer-and-union of the reached edges, without the union. Points beyond
/// walk-off distance of every reached edge stay <see cref="Unreached"/>.
/// </summary>
public sealed class TravelTimeField
{
    public const float Unreached = float.PositiveInfinity;

    /// <summary>Easting and northing of grid point (0, 0); grid points are at multiples of the spacing, so grids of different requests line up.</summary>
    public double OriginEasting { get; }
    public double OriginNorthing { get; }
    public double Spacing { get; }
    public int Columns { get; }
    public int Rows { get; }
    /// <summary>Seconds at grid point (column, row), row-major: Seconds[row * Columns + column].</summary>
    public float[] Seconds { get; }

    private readonly double _walkOff;

    private static float[] NewUnreached(int length)
    {
        var times = new float[length];
        Array.Fill(times, Unreached);
        return times;
    }

    private TravelTimeField(Envelope extent, double spacing, double walkOff)
    {
        Spacing = spacing;
        _walkOff = walkOff;
        // One cell of margin beyond the buffer keeps the grid's border unreached, so every contour closes.
        double margin = walkOff + spacing;
        OriginEasting = Math.Floor((extent.MinX - margin) / spacing) * spacing;
        OriginNorthing = Math.Floor((extent.MinY - margin) / spacing) * spacing;
        Columns = (int)Math.Ceiling((extent.MaxX + margin - OriginEasting) / spacing) + 1;
        Rows = (int)Math.Ceiling((extent.MaxY + margin - OriginNorthing) / spacing) + 1;
        Seconds = new float[Columns * Rows];
        Array.Fill(Seconds, Unreached);
    }

    private TravelTimeField(double originEasting, double originNorthing, double spacing, double walkOff, int columns, int rows)
    {
        (OriginEasting, OriginNorthing, Spacing, _walkOff, Columns, Rows) = (originEasting, originNorthing, spacing, walkOff, columns, rows);
        Seconds = new float[Columns * Rows];
        Array.Fill(Seconds, Unreached);
    }

    /// <summary>
    /// The field of every edge whose tree end is reached within <paramref name="maxSeconds"/>, plus the partial edges
    /// between each searched point and its sources (<paramref name="starts"/>). The grid spans the table's full width
    /// and only the rows the reached edges' buffers touch; each reached edge's grid points and fractions come from the
    /// table, so a request only adds times.
    /// </summary>
    public static TravelTimeField Build(EdgeCellTable table, ShortestPathTree tree, float maxSeconds, IReadOnlyList<SearchStart> starts)
    {
        var graph = table.Graph;
        var seconds = tree.Seconds;
        bool forward = tree.Direction == SearchDirection.Forward;
        // The tree end of an edge: a forward search reaches its source and drives along it; a reverse search reaches
        // its target and the edge is driven before it.
        int[] ends = forward ? graph.EdgeSource : graph.EdgeTarget;
        double minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        var reached = new List<int>();
        var reachedAt = new List<float>();   // the tree end's time (the tree's times are a span, not for lambdas)
        var order = table.Order;
        for (int i = 0; i < order.Length; i++)
        {
            int e = order[i];
            if (!(seconds[ends[e]] <= maxSeconds)) continue;
            reached.Add(i);
            reachedAt.Add(seconds[ends[e]]);
            double ya = table.Nodes.Northing[graph.EdgeSource[e]], yb = table.Nodes.Northing[graph.EdgeTarget[e]];
            minY = Math.Min(minY, Math.Min(ya, yb));
            maxY = Math.Max(maxY, Math.Max(ya, yb));
        }
        foreach (var s in starts) (minY, maxY) = (Math.Min(minY, s.Northing), Math.Max(maxY, s.Northing));
        if (reached.Count == 0 && starts.Count == 0) throw new ArgumentException("the search reached nothing within the cutoff", nameof(tree));

        // One cell of margin beyond the buffer keeps the grid's border unreached, so every contour closes.
        double margin = table.WalkOffMeters + table.Spacing;
        int firstRow = Math.Max(0, (int)Math.Floor((minY - margin - table.OriginNorthing) / table.Spacing));
        int lastRow = Math.Min(table.Rows - 1, (int)Math.Ceiling((maxY + margin - table.OriginNorthing) / table.Spacing));
        var field = new TravelTimeField(table.OriginEasting, table.OriginNorthing + firstRow * table.Spacing, table.Spacing,
            table.WalkOffMeters, table.Columns, lastRow - firstRow + 1);
        // The reached edges in as many parts as cores, each into its own grid, then the earliest of them.
        int shift = firstRow * table.Columns;
        int parts = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, reached.Count / IsochroneParameters.MinReachedEdgesPerThread));
        var partTimes = new float[parts][];
        partTimes[0] = field.Seconds;
        Parallel.For(0, parts, part =>
        {
            var times = partTimes[part] ??= NewUnreached(field.Seconds.Length);
            for (int r = reached.Count * part / parts; r < reached.Count * (part + 1) / parts; r++)
            {
                int i = reached[r], e = order[i];
                float atEnd = reachedAt[r], edgeSeconds = graph.EdgeSeconds[e];
                for (int k = table.Start(i); k < table.End(i); k++)
                {
                    // Forward, the earliest point near a grid point is the first the disc meets from the source;
                    // reverse, the last, counted back from the target.
                    float fraction = forward ? table.First[k] * EdgeCellTable.ShareUnit : 1 - table.Last[k] * EdgeCellTable.ShareUnit;
                    float t = atEnd + fraction * edgeSeconds;
                    if (t > maxSeconds) continue;
                    ref float cell = ref times[table.Cells[k] - shift];
                    if (t < cell) cell = t;
                }
            }
        });
        for (int part = 1; part < parts; part++)
        {
            var times = partTimes[part];
            for (int p = 0; p < times.Length; p++) field.Seconds[p] = Math.Min(field.Seconds[p], times[p]);
        }
        foreach (var s in starts)
            field.Add(TimedSegment.Reachable(s.Easting, s.Northing, table.Nodes.Easting[s.Node], table.Nodes.Northing[s.Node],
                s.SecondsAtPoint, s.SecondsToNode, maxSeconds), 0, field.Rows - 1);
        return field;
    }

    /// <summary>The field of any set of timed segments, on a grid of <paramref name="spacing"/> covering them and their buffer.</summary>
    public static TravelTimeField FromSegments(IReadOnlyList<TimedSegment> segments, double spacing, double walkOffMeters)
    {
        var extent = new Envelope();
        foreach (var s in segments)
        {
            extent.ExpandToInclude(s.Ax, s.Ay);
            extent.ExpandToInclude(s.Ax + s.Dx, s.Ay + s.Dy);
        }
        var field = new TravelTimeField(extent, spacing, walkOffMeters);
        // Earliest first: a grid point near many roads then takes its time from an early one, and every later segment
        // starting no earlier than that skips the point without the geometry (see Add).
        var ordered = segments.ToArray();
        var starts = Array.ConvertAll(ordered, s => s.SecondsAtA);
        Array.Sort(starts, ordered);
        // Bands of rows on all cores: each band sees every segment but writes only its own rows, so no locks.
        int bands = Math.Min(Environment.ProcessorCount, field.Rows);
        Parallel.For(0, bands, band =>
        {
            int first = field.Rows * band / bands, last = field.Rows * (band + 1) / bands - 1;
            foreach (var s in ordered) field.Add(s, first, last);
        });
        return field;
    }

    /// <summary>Multiplies every time by <paramref name="factor"/>: a field searched in the walk network's seconds, for a walker at another speed.</summary>
    public void ScaleTimes(float factor)
    {
        for (int p = 0; p < Seconds.Length; p++) Seconds[p] *= factor; // unreached stays infinite
    }

    /// <summary>The value at the grid point nearest to a position; <see cref="Unreached"/> off the grid.</summary>
    public float SecondsNear(double easting, double northing)
    {
        // Half-way points go to the node east/north of them, wherever the grid starts: Math.Round's banker's rounding
        // picks by the parity of the column, which depends on the grid's extent, so a point's node would depend on
        // how far the search went (and an isochrone's population on the other cutoffs asked for).
        int col = (int)Math.Floor((easting - OriginEasting) / Spacing + 0.5), row = (int)Math.Floor((northing - OriginNorthing) / Spacing + 0.5);
        return col < 0 || row < 0 || col >= Columns || row >= Rows ? Unreached : Seconds[row * Columns + col];
    }

    public double Easting(int column) => OriginEasting + column * Spacing;
    public double Northing(int row) => OriginNorthing + row * Spacing;

    /// <summary>
    /// Lowers every grid point within walk-off distance of the segment to the earliest time on the segment within that
    /// distance (see <see cref="Fractions"/>), in rows <paramref name="firstRow"/>..<paramref name="lastRow"/>.
    /// </summary>
    private void Add(TimedSegment s, int firstRow, int lastRow)
    {
        double r = _walkOff, r2 = r * r;
        double ax = s.Ax, ay = s.Ay, dx = s.Dx, dy = s.Dy, length2 = dx * dx + dy * dy, length = Math.Sqrt(length2);
        int r0 = Math.Max(firstRow, (int)Math.Floor((Math.Min(ay, ay + dy) - r - OriginNorthing) / Spacing));
        int r1 = Math.Min(lastRow, (int)Math.Ceiling((Math.Max(ay, ay + dy) + r - OriginNorthing) / Spacing));
        float earliest = s.SecondsAtA;
        for (int row = r0; row <= r1; row++)
        {
            double py = Northing(row) - ay;
            int rowStart = row * Columns;
            // Only the columns where this row crosses the buffer (the segment's capsule), not its whole bounding box.
            var (lo, hi) = CapsuleSpan(py, dx, dy, length, r);
            if (lo > hi) continue;
            int c0 = Math.Max(0, (int)Math.Ceiling((ax + lo - OriginEasting) / Spacing));
            int c1 = Math.Min(Columns - 1, (int)Math.Floor((ax + hi - OriginEasting) / Spacing));
            for (int col = c0; col <= c1; col++)
            {
                if (Seconds[rowStart + col] <= earliest) continue; // nothing on this segment is earlier
                if (!Fractions(Easting(col) - ax, py, dx, dy, length2, length, r2, out double fraction, out _)) continue;
                float t = s.SecondsAtA + (float)(fraction * s.Seconds);
                ref float cell = ref Seconds[rowStart + col];
                if (t < cell) cell = t;
            }
        }
    }

    /// <summary>
    /// The share of segment (0,0)→(dx,dy) where a disc of radius √r2 around (px, py) first and last meets it; false if
    /// it does not. Within the disc the segment's points lie between along ∓ √(r² − d²)/length, along being the
    /// projection and d the distance to the line.
    /// </summary>
    internal static bool Fractions(double px, double py, double dx, double dy, double length2, double length, double r2,
        out double first, out double last)
    {
        (first, last) = (0, 1);
        if (length2 == 0) return px * px + py * py <= r2;
        double along = (px * dx + py * dy) / length2;   // projection, in fractions of the segment
        double cross = (px * dy - py * dx) / length;     // distance to the line, metres (signed)
        double d2 = cross * cross;
        if (d2 > r2) return false;
        double half = Math.Sqrt(r2 - d2) / length;       // half the disc's chord, in fractions
        if (along + half < 0 || along - half > 1) return false;
        (first, last) = (Math.Max(0, along - half), Math.Min(1, along + half));
        return true;
    }

    /// <summary>
    /// Where the horizontal line at <paramref name="py"/> (relative to the segment's start) meets the points within r of
    /// the segment (0,0)→(dx,dy): the union of the discs at both ends and the band along it, an interval because the
    /// capsule is convex. lo &gt; hi when the line misses it.
    /// </summary>
    internal static (double Lo, double Hi) CapsuleSpan(double py, double dx, double dy, double length, double r)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        Disc(0, py);
        Disc(dx, py - dy);
        if (length > 0)
        {
            // 0 ≤ x·dx + py·dy ≤ length² (along the segment) and |x·dy − py·dx| ≤ r·length (near its line).
            var (aLo, aHi) = Linear(dx, py * dy, 0, length * length);
            var (cLo, cHi) = Linear(dy, -py * dx, -r * length, r * length);
            double bLo = Math.Max(aLo, cLo), bHi = Math.Min(aHi, cHi);
            if (bLo <= bHi) (lo, hi) = (Math.Min(lo, bLo), Math.Max(hi, bHi));
        }
        return (lo, hi);

        void Disc(double cx, double offset)
        {
            double h2 = r * r - offset * offset;
            if (h2 < 0) return;
            double h = Math.Sqrt(h2);
            (lo, hi) = (Math.Min(lo, cx - h), Math.Max(hi, cx + h));
        }
    }

    /// <summary>The x with min ≤ a·x + b ≤ max: an interval, everything, or nothing (lo &gt; hi).</summary>
    private static (double Lo, double Hi) Linear(double a, double b, double min, double max)
    {
        if (a == 0) return b >= min && b <= max ? (double.NegativeInfinity, double.PositiveInfinity) : (1, 0);
        double x1 = (min - b) / a, x2 = (max - b) / a;
        return x1 <= x2 ? (x1, x2) : (x2, x1);
    }
}
