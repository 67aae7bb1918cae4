namespace Rutland.Access.Isochrones;

/// <summary>
/// Douglas–Peucker on contour rings that moves each outline to one side only, so nested contours stay nested without
/// any overlay. Shrinking (every removed vertex on the outside of its chord) keeps a polygon within its contour;
/// growing keeps it around it. For cutoffs c₁ &lt; … &lt; cₙ with exact contours C₁ ⊂ … ⊂ Cₙ, the smallest shrinks, the
/// largest grows (Sₙ ⊃ Cₙ ⊃ Cₙ₋₁), and each middle one shrinks without cutting into the simplified outline below it
/// (its "floor"), so that S₁ ⊂ S₂ ⊂ … ⊂ Sₙ. The floor is the simplified outline rather than the exact contour because
/// neighbouring contours share the sides of every road buffer (both cross there midway to unreached ground): against
/// the exact contour those shared stretches could not be simplified at all. A chord is refused when it would cross or
/// swallow another segment of its own contour (so outlines stay valid) or cut into the floor; the segments near a
/// chord are found by field cell (<see cref="CellSegmentIndex"/>, <see cref="SimplifiedRingGrid"/>).
/// </summary>
public static class OneSidedSimplifier
{
    private const double CollinearM2 = IsochroneParameters.CollinearToleranceM2;
    private const double GridLineNudge = IsochroneParameters.GridLineNudgeCells;

    /// <param name="own">The contour to simplify, indexed.</param>
    /// <param name="floor">The simplified outline that must stay inside (a middle cutoff's smaller neighbour), or null.</param>
    /// <param name="shrink">True to keep inside the contour, false to keep around it.</param>
    /// <returns>Each ring's kept vertices as open (x, y) arrays, inside still on the left.</returns>
    public static List<(double[] X, double[] Y)> Simplify(CellSegmentIndex own, SimplifiedRingGrid? floor, bool shrink,
        double tolerance, TravelTimeField field)
    {
        var rings = own.Rings;
        var result = new List<(double[] X, double[] Y)>(rings.RingCount);
        for (int r = 0; r < rings.RingCount; r++)
            result.Add(new Ring(rings, r, own, floor, shrink, tolerance, field).Simplified());
        return result;
    }

    /// <summary>One ring being simplified: local coordinates 0..n with vertex n repeating vertex 0.</summary>
    private readonly struct Ring
    {
        private readonly ContourRings _rings;
        private readonly int _ring, _start, _n;
        private readonly CellSegmentIndex _own;
        private readonly SimplifiedRingGrid? _floor;
        private readonly bool _shrink;
        private readonly double _tolerance;
        private readonly TravelTimeField _field;
        private readonly double[] _x, _y;

        public Ring(ContourRings rings, int ring, CellSegmentIndex own, SimplifiedRingGrid? floor, bool shrink, double tolerance,
            TravelTimeField field)
        {
            (_rings, _ring, _own, _floor, _shrink, _tolerance, _field) = (rings, ring, own, floor, shrink, tolerance, field);
            _start = rings.RingStart[ring];
            _n = rings.RingStart[ring + 1] - _start;
            // A closed copy, so that positions 0..n need no wrapping in the hot loops.
            _x = new double[_n + 1];
            _y = new double[_n + 1];
            Array.Copy(rings.X, _start, _x, 0, _n);
            Array.Copy(rings.Y, _start, _y, 0, _n);
            (_x[_n], _y[_n]) = (_x[0], _y[0]);
        }

        private double X(int k) => _x[k];
        private double Y(int k) => _y[k];

        public (double[] X, double[] Y) Simplified()
        {
            int n = _n;
            if (n < 4) return Original();
            var keep = new bool[n + 1];
            keep[0] = keep[n] = true;
            // Anchors: vertex 0 and the vertex farthest from it, so neither half is a degenerate closed loop.
            int far = 1;
            double farthest = -1;
            for (int k = 1; k < n; k++)
            {
                double d = Sq(X(k) - X(0)) + Sq(Y(k) - Y(0));
                if (d > farthest) (farthest, far) = (d, k);
            }
            keep[far] = true;
            var pending = new Stack<(int I, int J)>();
            pending.Push((0, far));
            pending.Push((far, n));
            while (pending.TryPop(out var span))
            {
                int split = Split(span.I, span.J);
                if (split < 0) continue;
                keep[split] = true;
                pending.Push((span.I, split));
                pending.Push((split, span.J));
            }
            int kept = 0;
            for (int k = 0; k < n; k++) if (keep[k]) kept++;
            var xs = new double[kept];
            var ys = new double[kept];
            for (int k = 0, m = 0; k < n; k++)
            {
                if (!keep[k]) continue;
                xs[m] = X(k);
                ys[m] = Y(k);
                m++;
            }
            // A ring that collapsed or turned over keeps all its vertices (its chords were each fine, their sum is not).
            if (kept == n) return (xs, ys);
            var original = Original();
            return kept < 3 || Math.Sign(TwiceArea(xs, ys)) != Math.Sign(TwiceArea(original.X, original.Y)) ? original : (xs, ys);
        }

        private (double[] X, double[] Y) Original() =>
            (_rings.X[_start..(_start + _n)], _rings.Y[_start..(_start + _n)]);

        /// <summary>−1 when the chord i→j can replace the vertices between; otherwise the vertex to keep and split at.</summary>
        private int Split(int i, int j)
        {
            if (j - i < 2) return -1;
            double px = X(i), py = Y(i), dx = X(j) - px, dy = Y(j) - py, length2 = dx * dx + dy * dy;
            int farthest = i + 1, wrong = -1;
            double farthestDistance = -1, wrongDistance = -1, tolerance2 = _tolerance * _tolerance;
            for (int k = i + 1; k < j; k++)
            {
                double vx = X(k) - px, vy = Y(k) - py;
                double cross = dx * vy - dy * vx;                 // > 0: left of the chord, the inside of the ring
                double distance = SegmentDistance2(vx, vy, dx, dy, length2);
                if (distance > farthestDistance) (farthestDistance, farthest) = (distance, k);
                // Shrinking may only drop vertices on the outside (right) of the chord, growing only on the inside.
                bool wrongSide = _shrink ? cross > CollinearM2 : cross < -CollinearM2;
                if (wrongSide && distance > wrongDistance) (wrongDistance, wrong) = (distance, k);
            }
            if (wrong >= 0) return wrong;
            if (farthestDistance > tolerance2) return farthest;
            return Conflicts(i, j) ? (farthestDistance > 0 ? farthest : (i + j) / 2) : -1;
        }

        /// <summary>Whether the chord i→j crosses, touches or swallows a segment of its own contour or of the floor.</summary>
        private bool Conflicts(int i, int j)
        {
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            for (int k = i; k <= j; k++)
            {
                minX = Math.Min(minX, X(k)); maxX = Math.Max(maxX, X(k));
                minY = Math.Min(minY, Y(k)); maxY = Math.Max(maxY, Y(k));
            }
            var box = new Box(minX, minY, maxX, maxY);
            // Contour vertices sit on grid lines, where the cells on both sides touch them: hence the nudges outwards.
            int c0 = Math.Max(0, (int)Math.Floor((minX - _field.OriginEasting) / _field.Spacing - GridLineNudge));
            int c1 = Math.Min(_field.Columns - 2, (int)Math.Floor((maxX - _field.OriginEasting) / _field.Spacing + GridLineNudge));
            int r0 = Math.Max(0, (int)Math.Floor((minY - _field.OriginNorthing) / _field.Spacing - GridLineNudge));
            int r1 = Math.Min(_field.Rows - 2, (int)Math.Floor((maxY - _field.OriginNorthing) / _field.Spacing + GridLineNudge));
            for (int row = r0; row <= r1; row++)
            for (int col = c0; col <= c1; col++)
            {
                int cell = row * _field.Columns + col;
                var (a, b) = _own.In(cell);
                if (a >= 0 && OwnConflict(a, i, j, box)) return true;
                if (b >= 0 && OwnConflict(b, i, j, box)) return true;
                if (_floor is null) continue;
                foreach (int segment in _floor.In(cell))
                    if (FloorConflict(segment, i, j, box)) return true;
            }
            return false;
        }

        private bool OwnConflict(int segment, int i, int j, Box box)
        {
            int ring = _own.RingOf[segment];
            if (ring == _ring && segment - _start >= i && segment - _start < j) return false; // part of what the chord replaces
            int end = _rings.Next(segment, ring);
            int first = _start + i % _n, last = _start + j % _n;
            if (Crosses(_rings.X[segment], _rings.Y[segment], _rings.X[end], _rings.Y[end], i, j)) return true;
            // The chord's own end vertices are shared with the neighbouring segments by construction.
            return segment != first && segment != last && box.Contains(_rings.X[segment], _rings.Y[segment]) && Swallows(_rings.X[segment], _rings.Y[segment], i, j)
                || end != first && end != last && box.Contains(_rings.X[end], _rings.Y[end]) && Swallows(_rings.X[end], _rings.Y[end], i, j);
        }

        private bool FloorConflict(int segment, int i, int j, Box box)
        {
            var floor = _floor!;
            int end = floor.Next[segment];
            return Crosses(floor.X[segment], floor.Y[segment], floor.X[end], floor.Y[end], i, j)
                || box.Contains(floor.X[segment], floor.Y[segment]) && CutsFloorAt(floor.X[segment], floor.Y[segment], i, j)
                || box.Contains(floor.X[end], floor.Y[end]) && CutsFloorAt(floor.X[end], floor.Y[end], i, j);
        }

        /// <summary>
        /// Whether a floor vertex would end up outside: strictly between the chord and the vertices it replaces, or on
        /// one of those vertices (the floor runs along the ring there). On the chord, or at its ends, it stays inside.
        /// </summary>
        private bool CutsFloorAt(double x, double y, int i, int j)
        {
            for (int k = i + 1; k < j; k++)
                if (x == X(k) && y == Y(k)) return true;
            if (x == X(i) && y == Y(i) || x == X(j) && y == Y(j)) return false;
            double px = X(i), py = Y(i), dx = X(j) - px, dy = Y(j) - py;
            double along = (x - px) * dx + (y - py) * dy;
            if (Math.Abs(Orient(px, py, X(j), Y(j), x, y)) <= CollinearM2 && along >= 0 && along <= dx * dx + dy * dy) return false;
            return Swallows(x, y, i, j);
        }

        /// <summary>Whether segment a→b and the chord i→j cross at a point inside both.</summary>
        private bool Crosses(double ax, double ay, double bx, double by, int i, int j)
        {
            double px = X(i), py = Y(i), qx = X(j), qy = Y(j);
            double o1 = Orient(px, py, qx, qy, ax, ay), o2 = Orient(px, py, qx, qy, bx, by);
            double o3 = Orient(ax, ay, bx, by, px, py), o4 = Orient(ax, ay, bx, by, qx, qy);
            return (o1 > CollinearM2 && o2 < -CollinearM2 || o1 < -CollinearM2 && o2 > CollinearM2)
                && (o3 > CollinearM2 && o4 < -CollinearM2 || o3 < -CollinearM2 && o4 > CollinearM2);
        }

        /// <summary>Whether a point lies in the area between the chord i→j and the vertices it replaces, or inside the chord.</summary>
        private bool Swallows(double x, double y, int i, int j)
        {
            double px = X(i), py = Y(i), dx = X(j) - px, dy = Y(j) - py, length2 = dx * dx + dy * dy;
            double along = (x - px) * dx + (y - py) * dy;
            if (Math.Abs(Orient(px, py, X(j), Y(j), x, y)) <= CollinearM2 && along >= 0 && along <= length2)
                return !(x == px && y == py) && !(x == X(j) && y == Y(j));
            bool inside = false;
            for (int k = i, m = j; k <= j; m = k, k++)
            {
                double xk = X(k), yk = Y(k), xm = X(m), ym = Y(m);
                if (yk > y != ym > y && x < (xm - xk) * (y - yk) / (ym - yk) + xk) inside = !inside;
            }
            return inside;
        }

        /// <summary>The bounding box of a chord and the vertices it replaces: nothing outside it can be swallowed.</summary>
        private readonly record struct Box(double MinX, double MinY, double MaxX, double MaxY)
        {
            public bool Contains(double x, double y) => x >= MinX && x <= MaxX && y >= MinY && y <= MaxY;
        }

        private static double Orient(double ax, double ay, double bx, double by, double cx, double cy) =>
            (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

        /// <summary>Squared distance from a point to the chord, both relative to the chord's start.</summary>
        private static double SegmentDistance2(double vx, double vy, double dx, double dy, double length2)
        {
            double t = length2 > 0 ? Math.Clamp((vx * dx + vy * dy) / length2, 0, 1) : 0;
            return Sq(vx - t * dx) + Sq(vy - t * dy);
        }

        private static double TwiceArea(double[] x, double[] y)
        {
            double sum = 0;
            for (int k = 0; k < x.Length; k++)
            {
                int m = k + 1 < x.Length ? k + 1 : 0;
                sum += (x[k] - x[0]) * (y[m] - y[0]) - (x[m] - x[0]) * (y[k] - y[0]);
            }
            return sum;
        }

        private static double Sq(double v) => v * v;
    }
}
