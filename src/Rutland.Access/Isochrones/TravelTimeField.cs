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

    /// <summary>
    /// The field of every edge whose tree end is reached within <paramref name="maxSeconds"/>, plus the partial edges
    /// between each searched point and its sources (<paramref name="starts"/>).
    /// </summary>
    public static TravelTimeField Build(RoadGraph graph, ProjectedNodes nodes, ShortestPathTree tree, float maxSeconds,
        IReadOnlyList<SearchStart> starts, ModeGeometry geometry)
    {
        var seconds = tree.Seconds;
        bool forward = tree.Direction == SearchDirection.Forward;
        var segments = new List<TimedSegment>();
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            // The tree end of an edge: a forward search reaches its source and drives along it; a reverse search
            // reaches its target and the edge is driven before it.
            int end = forward ? graph.EdgeSource[e] : graph.EdgeTarget[e];
            float t = seconds[end];
            if (!(t <= maxSeconds)) continue;
            int other = forward ? graph.EdgeTarget[e] : graph.EdgeSource[e];
            segments.Add(TimedSegment.Reachable(nodes.Easting[end], nodes.Northing[end], nodes.Easting[other], nodes.Northing[other],
                t, graph.EdgeSeconds[e], maxSeconds));
        }
        foreach (var s in starts)
            segments.Add(TimedSegment.Reachable(s.Easting, s.Northing, nodes.Easting[s.Node], nodes.Northing[s.Node],
                s.SecondsAtPoint, s.SecondsToNode, maxSeconds));
        if (segments.Count == 0) throw new ArgumentException("the search reached nothing within the cutoff", nameof(tree));
        return FromSegments(segments, geometry.GridMeters, geometry.WalkOffMeters);
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
        foreach (var s in segments) field.Add(s);
        return field;
    }

    /// <summary>The value at the grid point nearest to a position; <see cref="Unreached"/> off the grid.</summary>
    public float SecondsNear(double easting, double northing)
    {
        int col = (int)Math.Round((easting - OriginEasting) / Spacing), row = (int)Math.Round((northing - OriginNorthing) / Spacing);
        return col < 0 || row < 0 || col >= Columns || row >= Rows ? Unreached : Seconds[row * Columns + col];
    }

    public double Easting(int column) => OriginEasting + column * Spacing;
    public double Northing(int row) => OriginNorthing + row * Spacing;

    /// <summary>
    /// Lowers every grid point within walk-off distance of the segment to the earliest time on the segment within that
    /// distance. Within a disc of radius r around a grid point, the earliest point of the segment is where the disc
    /// first meets it, at fraction max(0, s − √(r² − d²)/length), s being the projection and d the distance to the line.
    /// </summary>
    private void Add(TimedSegment s)
    {
        double r = _walkOff, r2 = r * r;
        double ax = s.Ax, ay = s.Ay, dx = s.Dx, dy = s.Dy, length2 = dx * dx + dy * dy, length = Math.Sqrt(length2);
        int c0 = Math.Max(0, (int)Math.Floor((Math.Min(ax, ax + dx) - r - OriginEasting) / Spacing));
        int c1 = Math.Min(Columns - 1, (int)Math.Ceiling((Math.Max(ax, ax + dx) + r - OriginEasting) / Spacing));
        int r0 = Math.Max(0, (int)Math.Floor((Math.Min(ay, ay + dy) - r - OriginNorthing) / Spacing));
        int r1 = Math.Min(Rows - 1, (int)Math.Ceiling((Math.Max(ay, ay + dy) + r - OriginNorthing) / Spacing));
        for (int row = r0; row <= r1; row++)
        {
            double py = Northing(row) - ay;
            for (int col = c0; col <= c1; col++)
            {
                double px = Easting(col) - ax;
                double fraction;
                if (length2 == 0)
                {
                    if (px * px + py * py > r2) continue;
                    fraction = 0;
                }
                else
                {
                    double along = (px * dx + py * dy) / length2;   // projection, in fractions of the segment
                    double cross = (px * dy - py * dx) / length;     // distance to the line, metres (signed)
                    double d2 = cross * cross;
                    if (d2 > r2) continue;
                    double half = Math.Sqrt(r2 - d2) / length;       // half the disc's chord, in fractions
                    if (along + half < 0 || along - half > 1) continue;
                    fraction = Math.Max(0, along - half);
                }
                float t = s.SecondsAtA + (float)(fraction * s.Seconds);
                ref float cell = ref Seconds[row * Columns + col];
                if (t < cell) cell = t;
            }
        }
    }
}
