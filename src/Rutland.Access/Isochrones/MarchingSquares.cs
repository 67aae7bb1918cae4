using System.Buffers;

namespace Rutland.Access.Isochrones;

/// <summary>
/// Contours a <see cref="TravelTimeField"/> at one cutoff into closed rings (marching squares, as r5r adopted in PR
/// #518 for rural isochrones). Grid points at or under the cutoff are inside. Each cell emits the segments between its
/// edge crossings oriented with the inside on the left, so outer rings come out counter-clockwise and holes clockwise;
/// crossings are keyed by grid edge, so the segments of neighbouring cells chain into closed rings. Saddle cells join
/// their inside corners when the cell's mean time is inside. Where a crossing lies between a reached and an unreached
/// grid point, the time field says nothing about where between them the walk-off distance ends, so the crossing is put
/// midway (within half a cell, the simplification tolerance).
/// <para>
/// Contours of one field at rising cutoffs nest exactly: a crossing moves monotonically outwards along its grid edge as
/// the cutoff rises (or stays at the midway point), and a saddle joined at one cutoff is joined at every larger one.
/// </para>
/// </summary>
public static class MarchingSquares
{
    /// <summary>Keeps crossings off the grid points, so that two rings of one contour never share a vertex.</summary>
    private const double VertexClearance = 1e-3;

    /// <summary>The rings of the area within <paramref name="cutoffSeconds"/>, less rings under <paramref name="minRingAreaM2"/>.</summary>
    public static ContourRings Trace(TravelTimeField field, float cutoffSeconds, double minRingAreaM2)
    {
        int columns = field.Columns, rows = field.Rows;
        var seconds = field.Seconds;
        int keyCount = 2 * columns * rows;
        // Per grid-edge key: the crossing the contour goes to next (−1: none), and the cell of that segment.
        var next = ArrayPool<int>.Shared.Rent(keyCount);
        var cellOf = ArrayPool<int>.Shared.Rent(keyCount);
        try
        {
            Array.Fill(next, -1, 0, keyCount);
            var starts = new List<int>();
            Span<int> keys = stackalloc int[4];
            Span<bool> leaving = stackalloc bool[4];
            for (int row = 0; row + 1 < rows; row++)
            for (int col = 0; col + 1 < columns; col++)
            {
                int p = row * columns + col;
                // Corners counter-clockwise: bottom-left, bottom-right, top-right, top-left.
                float v0 = seconds[p], v1 = seconds[p + 1], v2 = seconds[p + columns + 1], v3 = seconds[p + columns];
                bool i0 = v0 <= cutoffSeconds, i1 = v1 <= cutoffSeconds, i2 = v2 <= cutoffSeconds, i3 = v3 <= cutoffSeconds;
                if (i0 == i1 && i1 == i2 && i2 == i3) continue;

                // Walk the cell's edges counter-clockwise, noting each crossing and whether it leaves the inside.
                int n = 0;
                if (i0 != i1) { keys[n] = 2 * p; leaving[n++] = i0; }
                if (i1 != i2) { keys[n] = 2 * (p + 1) + 1; leaving[n++] = i1; }
                if (i2 != i3) { keys[n] = 2 * (p + columns); leaving[n++] = i2; }
                if (i3 != i0) { keys[n] = 2 * p + 1; leaving[n++] = i3; }

                // A contour runs from a crossing that leaves the inside to one that enters it. With two crossings there
                // is one of each; a saddle has four, alternating, paired with the next entry round the cell when the
                // corners inside are joined through the middle, or with the previous one when they are apart.
                bool joined = n == 4 && MeanInside(v0, v1, v2, v3, cutoffSeconds);
                for (int k = 0; k < n; k++)
                {
                    if (!leaving[k]) continue;
                    int to = n == 2 ? (k + 1) % 2 : joined ? (k + 1) % 4 : (k + 3) % 4;
                    next[keys[k]] = keys[to];
                    cellOf[keys[k]] = p;
                    starts.Add(keys[k]);
                }
            }
            return Rings(field, cutoffSeconds, next, cellOf, starts, minRingAreaM2);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<int>.Shared.Return(cellOf);
        }
    }

    private static bool MeanInside(float v0, float v1, float v2, float v3, float cutoff)
    {
        // An unreached corner counts as far over the cutoff; the mean then says "apart", the cautious reading.
        if (float.IsInfinity(v0 + v1 + v2 + v3)) return false;
        return (v0 + v1 + v2 + v3) / 4 <= cutoff;
    }

    /// <summary>Chains the segments into rings; a visited key's successor is set to −2.</summary>
    private static ContourRings Rings(TravelTimeField field, float cutoff, int[] next, int[] cellOf, List<int> starts, double minRingAreaM2)
    {
        var x = new List<double>(starts.Count);
        var y = new List<double>(starts.Count);
        var cell = new List<int>(starts.Count);
        var ringStart = new List<int> { 0 };
        foreach (int start in starts)
        {
            if (next[start] < 0) continue;
            int first = x.Count;
            double twiceArea = 0;
            int key = start;
            do
            {
                var (cx, cy) = Crossing(field, key, cutoff);
                x.Add(cx);
                y.Add(cy);
                cell.Add(cellOf[key]);
                int following = next[key];
                next[key] = -2;
                key = following;
            } while (key != start);
            int count = x.Count - first;
            // Shoelace about the grid origin, so the products stay small and exact enough.
            double ox = field.OriginEasting, oy = field.OriginNorthing;
            for (int i = 0; i < count; i++)
            {
                int j = i + 1 < count ? i + 1 : 0;
                twiceArea += (x[first + i] - ox) * (y[first + j] - oy) - (x[first + j] - ox) * (y[first + i] - oy);
            }
            if (count < 3 || Math.Abs(twiceArea) / 2 < minRingAreaM2)
            {
                x.RemoveRange(first, count);
                y.RemoveRange(first, count);
                cell.RemoveRange(first, count);
                continue;
            }
            ringStart.Add(x.Count);
        }
        return new ContourRings(x.ToArray(), y.ToArray(), cell.ToArray(), ringStart.ToArray());
    }

    /// <summary>Where the contour crosses grid edge <paramref name="key"/> (point × 2, + 1 for the edge upwards).</summary>
    private static (double X, double Y) Crossing(TravelTimeField field, int key, float cutoff)
    {
        bool horizontal = (key & 1) == 0;
        int point = key >> 1;
        int col = point % field.Columns, row = point / field.Columns;
        int other = horizontal ? point + 1 : point + field.Columns;
        float a = field.Seconds[point], b = field.Seconds[other];
        double t = float.IsInfinity(a) || float.IsInfinity(b) ? 0.5 : (cutoff - a) / (double)(b - a);
        t = Math.Clamp(t, VertexClearance, 1 - VertexClearance);
        return horizontal
            ? (field.Easting(col) + t * field.Spacing, field.Northing(row))
            : (field.Easting(col), field.Northing(row) + t * field.Spacing);
    }
}
