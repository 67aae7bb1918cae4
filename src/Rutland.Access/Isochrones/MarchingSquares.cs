using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;

namespace Rutland.Access.Isochrones;

/// <summary>
/// Contours a <see cref="TravelTimeField"/> at one cutoff into polygons with holes (marching squares, as r5r adopted
/// in PR #518 for rural isochrones). Grid points at or under the cutoff are inside. Each cell emits the segments
/// between its edge crossings oriented with the inside on the left, so outer rings come out counter-clockwise and
/// holes clockwise; crossings are keyed by grid edge, so the segments of neighbouring cells chain into closed rings.
/// Saddle cells join their inside corners when the cell's mean time is inside. Where a crossing lies between a
/// reached and an unreached grid point, the time field says nothing about where between them the walk-off distance
/// ends, so the crossing is put midway (within half a cell, the simplification tolerance).
/// </summary>
public static class MarchingSquares
{
    /// <summary>Keeps crossings off the grid points, so that two rings never share a vertex.</summary>
    private const double VertexClearance = 1e-3;

    public static Geometry Contour(TravelTimeField field, float cutoffSeconds, double minRingAreaM2)
    {
        var next = new Dictionary<long, long>();        // crossing key → the crossing the contour goes to next
        var position = new Dictionary<long, Coordinate>();
        Span<long> keys = stackalloc long[4];
        Span<bool> leaving = stackalloc bool[4];
        int columns = field.Columns;
        for (int row = 0; row + 1 < field.Rows; row++)
        for (int col = 0; col + 1 < columns; col++)
        {
            // Corners counter-clockwise: bottom-left, bottom-right, top-right, top-left.
            float v0 = field.Seconds[row * columns + col], v1 = field.Seconds[row * columns + col + 1];
            float v2 = field.Seconds[(row + 1) * columns + col + 1], v3 = field.Seconds[(row + 1) * columns + col];
            bool i0 = v0 <= cutoffSeconds, i1 = v1 <= cutoffSeconds, i2 = v2 <= cutoffSeconds, i3 = v3 <= cutoffSeconds;
            if (i0 == i1 && i1 == i2 && i2 == i3) continue;

            // Walk the cell's edges counter-clockwise, noting each crossing and whether it leaves the inside.
            int n = 0;
            if (i0 != i1) { keys[n] = EdgeKey(field, col, row, horizontal: true); leaving[n++] = i0; }
            if (i1 != i2) { keys[n] = EdgeKey(field, col + 1, row, horizontal: false); leaving[n++] = i1; }
            if (i2 != i3) { keys[n] = EdgeKey(field, col, row + 1, horizontal: true); leaving[n++] = i2; }
            if (i3 != i0) { keys[n] = EdgeKey(field, col, row, horizontal: false); leaving[n++] = i3; }
            for (int k = 0; k < n; k++) position.TryAdd(keys[k], Crossing(field, keys[k], cutoffSeconds));

            // A contour runs from a crossing that leaves the inside to one that enters it. With two crossings there is
            // one of each; a saddle has four, alternating, paired with the next entry round the cell when the corners
            // inside are joined through the middle, or with the previous one when they are apart.
            bool joined = n == 4 && MeanInside(v0, v1, v2, v3, cutoffSeconds);
            for (int k = 0; k < n; k++)
            {
                if (!leaving[k]) continue;
                int to = n == 2 ? (k + 1) % 2 : joined ? (k + 1) % 4 : (k + 3) % 4;
                next[keys[k]] = keys[to];
            }
        }
        return Assemble(Rings(next, position), minRingAreaM2);
    }

    private static bool MeanInside(float v0, float v1, float v2, float v3, float cutoff)
    {
        // An unreached corner counts as far over the cutoff; the mean then says "apart", the cautious reading.
        if (float.IsInfinity(v0 + v1 + v2 + v3)) return false;
        return (v0 + v1 + v2 + v3) / 4 <= cutoff;
    }

    /// <summary>Grid edge from point (col, row) to the right (horizontal) or upwards: a unique key.</summary>
    private static long EdgeKey(TravelTimeField field, int col, int row, bool horizontal) =>
        ((long)row * field.Columns + col) * 2 + (horizontal ? 0 : 1);

    private static Coordinate Crossing(TravelTimeField field, long key, float cutoff)
    {
        bool horizontal = key % 2 == 0;
        long point = key / 2;
        int col = (int)(point % field.Columns), row = (int)(point / field.Columns);
        int col2 = horizontal ? col + 1 : col, row2 = horizontal ? row : row + 1;
        float a = field.Seconds[row * field.Columns + col], b = field.Seconds[row2 * field.Columns + col2];
        double t = float.IsInfinity(a) || float.IsInfinity(b) ? 0.5 : (cutoff - a) / (double)(b - a);
        t = Math.Clamp(t, VertexClearance, 1 - VertexClearance);
        return new Coordinate(field.Easting(col) + t * (field.Easting(col2) - field.Easting(col)),
            field.Northing(row) + t * (field.Northing(row2) - field.Northing(row)));
    }

    private static List<LinearRing> Rings(Dictionary<long, long> next, Dictionary<long, Coordinate> position)
    {
        var rings = new List<LinearRing>();
        var visited = new HashSet<long>();
        foreach (long start in next.Keys)
        {
            if (!visited.Add(start)) continue;
            var coordinates = new List<Coordinate> { position[start] };
            for (long k = next[start]; k != start; k = next[k])
            {
                visited.Add(k);
                coordinates.Add(position[k]);
            }
            coordinates.Add(position[start].Copy());
            if (coordinates.Count >= 4) rings.Add(GeometryFactories.BritishNationalGrid.CreateLinearRing(coordinates.ToArray()));
        }
        return rings;
    }

    /// <summary>Counter-clockwise rings are outlines, clockwise ones holes; each hole goes to the smallest outline around it.</summary>
    private static Geometry Assemble(List<LinearRing> rings, double minRingAreaM2)
    {
        var factory = GeometryFactories.BritishNationalGrid;
        var shells = new List<(LinearRing Ring, double Area, List<LinearRing> Holes)>();
        var holes = new List<LinearRing>();
        foreach (var ring in rings)
        {
            double signed = Area.OfRingSigned(ring.CoordinateSequence); // NTS: positive when clockwise
            if (Math.Abs(signed) < minRingAreaM2) continue;
            if (signed < 0) shells.Add((ring, -signed, []));
            else holes.Add(ring);
        }
        shells.Sort((a, b) => a.Area.CompareTo(b.Area));
        foreach (var hole in holes)
        {
            var probe = hole.GetCoordinateN(0);
            foreach (var shell in shells)
            {
                if (!shell.Ring.EnvelopeInternal.Contains(hole.EnvelopeInternal)) continue;
                if (PointLocation.IsInRing(probe, shell.Ring.CoordinateSequence)) { shell.Holes.Add(hole); break; }
            }
        }
        var polygons = shells.Select(s => factory.CreatePolygon(s.Ring, s.Holes.ToArray())).ToArray();
        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }
}
