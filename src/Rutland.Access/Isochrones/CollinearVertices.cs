namespace Rutland.Access.Isochrones;

/// <summary>
/// Drops the vertices of contour rings that lie exactly on the straight line between their neighbours: the outline
/// stays the very same point set, so nesting and independence of cutoffs (see <see cref="MarchingSquares"/>) carry
/// over untouched. It thins the straight runs of midway crossings along road buffers, whose coordinates are exact
/// multiples of half a cell, so their orientation tests are exact. No lossy simplification: any outline moved by a
/// tolerance would either depend on the other cutoffs asked for or poke out of the next larger one.
/// </summary>
public static class CollinearVertices
{
    /// <returns>Each ring's kept vertices as open (x, y) arrays, inside still on the left.</returns>
    public static List<(double[] X, double[] Y)> Drop(ContourRings rings)
    {
        var result = new List<(double[] X, double[] Y)>(rings.RingCount);
        var x = new List<double>();
        var y = new List<double>();
        for (int r = 0; r < rings.RingCount; r++)
        {
            int start = rings.RingStart[r], end = rings.RingStart[r + 1];
            x.Clear();
            y.Clear();
            // Start from a vertex that is kept (a corner), so the run through vertex 0 is thinned too.
            int first = start;
            while (first < end && Between(rings, Previous(first), first, rings.Next(first, r))) first++;
            if (first == end) first = start;
            double lastX = rings.X[Previous(first)], lastY = rings.Y[Previous(first)];
            for (int k = 0, v = first; k < end - start; k++, v = rings.Next(v, r))
            {
                int next = rings.Next(v, r);
                if (Between(lastX, lastY, rings.X[v], rings.Y[v], rings.X[next], rings.Y[next])) continue;
                (lastX, lastY) = (rings.X[v], rings.Y[v]);
                x.Add(lastX);
                y.Add(lastY);
            }
            result.Add((x.ToArray(), y.ToArray()));
            continue;

            int Previous(int v) => v > start ? v - 1 : end - 1;
        }
        return result;
    }

    private static bool Between(ContourRings rings, int a, int v, int b) =>
        Between(rings.X[a], rings.Y[a], rings.X[v], rings.Y[v], rings.X[b], rings.Y[b]);

    /// <summary>Whether v lies on the segment a→b, strictly inside it: exactly collinear and going on the same way.</summary>
    private static bool Between(double ax, double ay, double vx, double vy, double bx, double by)
    {
        double ux = vx - ax, uy = vy - ay, wx = bx - vx, wy = by - vy;
        return ux * wy - uy * wx == 0 && ux * wx + uy * wy > 0;
    }
}
