namespace Rutland.Access.Isochrones;

/// <summary>
/// Contours a <see cref="TravelTimeField"/> at one cutoff into closed rings (marching squares, as r5r adopted in PR
/// #518 for rural isochrones). Grid points at or under the cutoff are inside. Each cell emits the segments between its
/// edge crossings oriented with the inside on the left, so outer rings come out counter-clockwise and holes clockwise;
/// crossings are keyed by grid edge, so the segments of neighbouring cells chain into closed rings. Saddle cells join
/// their inside corners when the cell's mean time is inside. A crossing is interpolated linearly between the two grid
/// points' times when the outside one is reached within <see cref="IsochroneParameters.CrossingHorizonSeconds"/> of the
/// cutoff. Beyond that (most often: unreached, past the walk-off distance, where the field says nothing about where
/// between them the buffer ends) the crossing is put midway, or nearer the inside point as if the outside one were
/// reached just at the horizon, whichever is nearer.
/// <para>
/// A contour therefore reads only times up to its cutoff plus the horizon: the search runs that far past the largest
/// cutoff, so each cutoff's contour is the same whatever other cutoffs are asked for. Contours of one field at rising
/// cutoffs nest exactly: a crossing moves monotonically outwards along its grid edge as the cutoff rises (both rules
/// grow with the cutoff, and the switch from the second to the first only moves it outwards), and a saddle joined at
/// one cutoff is joined at every larger one.
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
        // Per grid-edge key of a crossing: the crossing the contour goes to next. A map of the crossings only, not an
        // array over every grid edge: the contour crosses a few per cent of them, and an array of 8 bytes per grid
        // point (16 MB on a long cycle field, several contours at once) held 100+ MB in the shared array pool.
        var next = new Dictionary<int, int>();
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
                starts.Add(keys[k]);
            }
        }
        return Rings(field, cutoffSeconds, next, starts, minRingAreaM2);
    }

    private static bool MeanInside(float v0, float v1, float v2, float v3, float cutoff)
    {
        // A corner beyond the horizon (unreached, most often) counts as far over the cutoff; the mean then says
        // "apart", the cautious reading. Joined stays joined as the cutoff rises: the horizon and the cutoff both rise.
        float horizon = cutoff + IsochroneParameters.CrossingHorizonSeconds;
        if (v0 > horizon || v1 > horizon || v2 > horizon || v3 > horizon) return false;
        return (v0 + v1 + v2 + v3) / 4 <= cutoff;
    }

    /// <summary>Chains the segments into rings; a visited key leaves the map.</summary>
    private static ContourRings Rings(TravelTimeField field, float cutoff, Dictionary<int, int> next, List<int> starts, double minRingAreaM2)
    {
        var x = new List<double>(starts.Count);
        var y = new List<double>(starts.Count);
        var ringStart = new List<int> { 0 };
        foreach (int start in starts)
        {
            if (!next.Remove(start, out int key)) continue; // already on a ring
            int first = x.Count;
            double twiceArea = 0;
            AddCrossing(start);
            while (key != start)
            {
                AddCrossing(key);
                if (!next.Remove(key, out key)) throw new InvalidOperationException("a contour ring does not close");
            }
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
                continue;
            }
            ringStart.Add(x.Count);
        }
        return new ContourRings(x.ToArray(), y.ToArray(), ringStart.ToArray());

        void AddCrossing(int key)
        {
            var (cx, cy) = Crossing(field, key, cutoff);
            x.Add(cx);
            y.Add(cy);
        }
    }

    /// <summary>Where the contour crosses grid edge <paramref name="key"/> (point × 2, + 1 for the edge upwards).</summary>
    private static (double X, double Y) Crossing(TravelTimeField field, int key, float cutoff)
    {
        bool horizontal = (key & 1) == 0;
        int point = key >> 1;
        int col = point % field.Columns, row = point / field.Columns;
        int other = horizontal ? point + 1 : point + field.Columns;
        float a = field.Seconds[point], b = field.Seconds[other];
        double t = a <= cutoff ? ShareFromInside(a, b, cutoff) : 1 - ShareFromInside(b, a, cutoff);
        return horizontal
            ? (field.Easting(col) + t * field.Spacing, field.Northing(row))
            : (field.Easting(col), field.Northing(row) + t * field.Spacing);
    }

    /// <summary>
    /// How far along a grid edge, from its inside point (reached at <paramref name="inside"/> ≤ cutoff) towards its outside
    /// one, the contour crosses: linear in time when the outside point is reached within the horizon, else midway or as
    /// if the outside point were reached at the horizon, whichever is nearer. Rises with the cutoff in both cases.
    /// </summary>
    internal static double ShareFromInside(float inside, float outside, float cutoff)
    {
        float horizon = cutoff + IsochroneParameters.CrossingHorizonSeconds;
        double share = outside <= horizon
            ? (cutoff - inside) / (double)(outside - inside)
            : Math.Min(0.5, (cutoff - inside) / (double)(horizon - inside));
        return Math.Clamp(share, VertexClearance, 1 - VertexClearance);
    }
}
