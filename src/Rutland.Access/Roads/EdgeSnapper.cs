using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>
/// Nearest-segment lookup over a uniform grid in the network's <see cref="LocalPlane"/> (metres).
/// </summary>
public sealed class EdgeSnapper
{
    private const double CellMeters = 250;
    private readonly RoadGraph _graph;
    private readonly double _minX, _minY;
    private readonly int _columns, _rows;
    private readonly int[] _cellStart;
    private readonly int[] _cellEdges;

    public EdgeSnapper(RoadGraph graph)
    {
        _graph = graph;

        var indexed = Enumerable.Range(0, graph.EdgeCount).Where(IsIndexed).ToArray();
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (int v in Enumerable.Range(0, graph.NodeCount).Where(v => graph.InLargestComponent[v]))
        {
            var (x, y) = Project(graph.Lat[v], graph.Lon[v]);
            minX = Math.Min(minX, x); maxX = Math.Max(maxX, x); minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
        }
        if (indexed.Length == 0) { minX = minY = maxX = maxY = 0; }
        _minX = minX; _minY = minY;
        _columns = (int)((maxX - minX) / CellMeters) + 1;
        _rows = (int)((maxY - minY) / CellMeters) + 1;

        // Two passes (count, then fill) give a CSR cell → edges table with no per-cell lists.
        var counts = new int[_columns * _rows + 1];
        foreach (int e in indexed) foreach (int c in CellsOf(e)) counts[c + 1]++;
        for (int i = 0; i < _columns * _rows; i++) counts[i + 1] += counts[i];
        _cellStart = counts;
        _cellEdges = new int[counts[^1]];
        var fill = (int[])counts.Clone();
        foreach (int e in indexed) foreach (int c in CellsOf(e)) _cellEdges[fill[c]++] = e;
    }

    /// <summary>The nearest usable edge within <paramref name="maxMeters"/>, or null.</summary>
    public SnapResult? Snap(LatLon point, double maxMeters)
    {
        var (px, py) = Project(point.Lat, point.Lon);
        int cx = (int)Math.Floor((px - _minX) / CellMeters), cy = (int)Math.Floor((py - _minY) / CellMeters);
        int maxRing = (int)Math.Ceiling(maxMeters / CellMeters) + 1;
        int bestEdge = -1;
        double bestDist = double.MaxValue, bestT = 0;
        for (int ring = 0; ring <= maxRing; ring++)
        {
            // Once a candidate is closer than any unvisited ring can be, stop.
            if (bestEdge >= 0 && bestDist < (ring - 1) * CellMeters) break;
            for (int gx = cx - ring; gx <= cx + ring; gx++)
            for (int gy = cy - ring; gy <= cy + ring; gy++)
            {
                if (Math.Max(Math.Abs(gx - cx), Math.Abs(gy - cy)) != ring) continue;
                if (gx < 0 || gy < 0 || gx >= _columns || gy >= _rows) continue;
                int cell = gy * _columns + gx;
                for (int k = _cellStart[cell]; k < _cellStart[cell + 1]; k++)
                {
                    int e = _cellEdges[k];
                    var (d, t) = DistanceToEdge(px, py, e);
                    // Ties go to the lower edge id so that results never depend on cell visiting order.
                    if (d < bestDist || (d == bestDist && e < bestEdge)) { bestDist = d; bestEdge = e; bestT = t; }
                }
            }
        }
        if (bestEdge < 0 || bestDist > maxMeters) return null;

        int a = _graph.EdgeSource[bestEdge], b = _graph.EdgeTarget[bestEdge];
        var snapped = new LatLon(
            _graph.Lat[a] + bestT * (_graph.Lat[b] - _graph.Lat[a]),
            _graph.Lon[a] + bestT * (_graph.Lon[b] - _graph.Lon[a]));
        return new SnapResult(bestEdge, _graph.FindEdge(b, a), bestT, snapped, bestDist);
    }

    private bool IsIndexed(int e)
    {
        int a = _graph.EdgeSource[e], b = _graph.EdgeTarget[e];
        if (!_graph.InLargestComponent[a] || !_graph.InLargestComponent[b]) return false;
        // A two-way segment has two edges; index one of them, the twin is found on demand.
        return a < b || _graph.FindEdge(b, a) < 0;
    }

    private (double X, double Y) Project(double lat, double lon) => _graph.Boundary.Plane.Project(lat, lon);

    private IEnumerable<int> CellsOf(int e)
    {
        var (ax, ay) = Project(_graph.Lat[_graph.EdgeSource[e]], _graph.Lon[_graph.EdgeSource[e]]);
        var (bx, by) = Project(_graph.Lat[_graph.EdgeTarget[e]], _graph.Lon[_graph.EdgeTarget[e]]);
        int x0 = Cell(Math.Min(ax, bx) - _minX, _columns), x1 = Cell(Math.Max(ax, bx) - _minX, _columns);
        int y0 = Cell(Math.Min(ay, by) - _minY, _rows), y1 = Cell(Math.Max(ay, by) - _minY, _rows);
        for (int x = x0; x <= x1; x++)
        for (int y = y0; y <= y1; y++)
            yield return y * _columns + x;
    }

    private static int Cell(double offset, int count) => Math.Clamp((int)(offset / CellMeters), 0, count - 1);

    private (double Distance, double T) DistanceToEdge(double px, double py, int e)
    {
        var (ax, ay) = Project(_graph.Lat[_graph.EdgeSource[e]], _graph.Lon[_graph.EdgeSource[e]]);
        var (bx, by) = Project(_graph.Lat[_graph.EdgeTarget[e]], _graph.Lon[_graph.EdgeTarget[e]]);
        double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.Clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0, 1);
        double qx = ax + t * dx - px, qy = ay + t * dy - py;
        return (Math.Sqrt(qx * qx + qy * qy), t);
    }
}
