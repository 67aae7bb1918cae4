using Rutland.Access.Roads;

using Rutland.Access.Routing;

namespace Rutland.Access.Isochrones;

/// <summary>
/// For every edge of a road graph, the grid points within the walk-off distance of it and where along the edge a disc
/// of that radius around each first and last meets it. The geometry of buffering never changes between requests, only
/// the times: with the table, a request's <see cref="TravelTimeField"/> is one multiply-add per entry of its reached
/// edges. The grid covers the whole graph, with grid points at multiples of the spacing. Built once per network on
/// its first isochrone (drive 1.8 M entries, walk 2.4 M, 8 bytes each); immutable and shared. Shares of the edge are
/// held in 1/65,535ths: on a 10-minute edge that is a hundredth of a second.
/// </summary>
public sealed class EdgeCellTable
{
    private readonly int[] _entryStart;

    public RoadGraph Graph { get; }
    public ProjectedNodes Nodes { get; }
    public double Spacing { get; }
    public double WalkOffMeters { get; }
    public double OriginEasting { get; }
    public double OriginNorthing { get; }
    public int Columns { get; }
    public int Rows { get; }

    /// <summary>Per entry: grid point (row × <see cref="Columns"/> + column), and first and last share of the edge near it.</summary>
    public int[] Cells { get; }
    public ushort[] First { get; }
    public ushort[] Last { get; }

    /// <summary>A share of an edge as stored (see <see cref="First"/>) back to a fraction 0–1.</summary>
    public const float ShareUnit = 1f / ushort.MaxValue;

    public EdgeCellTable(RoadGraph graph, ProjectedNodes nodes, ModeGeometry geometry)
    {
        (Graph, Nodes, Spacing, WalkOffMeters) = (graph, nodes, geometry.GridMeters, geometry.WalkOffMeters);
        double margin = WalkOffMeters + Spacing;
        OriginEasting = Math.Floor((nodes.Easting.Min() - margin) / Spacing) * Spacing;
        OriginNorthing = Math.Floor((nodes.Northing.Min() - margin) / Spacing) * Spacing;
        Columns = (int)Math.Ceiling((nodes.Easting.Max() + margin - OriginEasting) / Spacing) + 1;
        Rows = (int)Math.Ceiling((nodes.Northing.Max() + margin - OriginNorthing) / Spacing) + 1;

        double r = WalkOffMeters, r2 = r * r;
        // Edges in grid order (by the grid point at their source), entries stored in that order: a request then
        // writes its field row band by row band, in cache, rather than all over it in OSM node order.
        Order = Enumerable.Range(0, graph.EdgeCount).ToArray();
        var key = Array.ConvertAll(Order, e => (long)Math.Floor((nodes.Northing[graph.EdgeSource[e]] - OriginNorthing) / Spacing) * Columns
            + (long)Math.Floor((nodes.Easting[graph.EdgeSource[e]] - OriginEasting) / Spacing));
        Array.Sort(key, Order);
        var cells = new List<int>();
        var first = new List<ushort>();
        var last = new List<ushort>();
        _entryStart = new int[graph.EdgeCount + 1];
        for (int i = 0; i < graph.EdgeCount; i++)
        {
            int e = Order[i];
            int a = graph.EdgeSource[e], b = graph.EdgeTarget[e];
            double ax = nodes.Easting[a], ay = nodes.Northing[a], dx = nodes.Easting[b] - ax, dy = nodes.Northing[b] - ay;
            double length2 = dx * dx + dy * dy, length = Math.Sqrt(length2);
            int r0 = (int)Math.Floor((Math.Min(ay, ay + dy) - r - OriginNorthing) / Spacing);
            int r1 = (int)Math.Ceiling((Math.Max(ay, ay + dy) + r - OriginNorthing) / Spacing);
            for (int row = r0; row <= r1; row++)
            {
                double py = OriginNorthing + row * Spacing - ay;
                var (lo, hi) = TravelTimeField.CapsuleSpan(py, dx, dy, length, r);
                if (lo > hi) continue;
                int c0 = (int)Math.Ceiling((ax + lo - OriginEasting) / Spacing);
                int c1 = (int)Math.Floor((ax + hi - OriginEasting) / Spacing);
                for (int col = c0; col <= c1; col++)
                {
                    if (!TravelTimeField.Fractions(OriginEasting + col * Spacing - ax, py, dx, dy, length2, length, r2,
                            out double from, out double to)) continue;
                    cells.Add(row * Columns + col);
                    // Rounded outwards (first down, last up): a grid point is timed at most 1/65,535 of the edge early, never late.
                    first.Add((ushort)Math.Floor(from * ushort.MaxValue));
                    last.Add((ushort)Math.Ceiling(to * ushort.MaxValue));
                }
            }
            _entryStart[i + 1] = cells.Count;
        }
        Cells = cells.ToArray();
        First = first.ToArray();
        Last = last.ToArray();
    }

    /// <summary>Edge ids in the order their entries are stored.</summary>
    public int[] Order { get; }

    /// <summary>The entries of the i-th edge in <see cref="Order"/>.</summary>
    public int Start(int i) => _entryStart[i];
    public int End(int i) => _entryStart[i + 1];
}
