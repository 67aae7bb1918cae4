using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>The outer boundary of a road network (convex hull of its nodes) for telling where the extract ends.</summary>
public sealed class NetworkBoundary
{
    private readonly GeometryFactory _factory = new();
    private readonly Geometry _hull;
    private readonly Geometry _ring;

    public LocalPlane Plane { get; }

    public NetworkBoundary(double[] lat, double[] lon)
    {
        Plane = new LocalPlane(lat.DefaultIfEmpty(0).Average());
        var points = new Coordinate[lat.Length];
        for (int v = 0; v < lat.Length; v++)
        {
            var (x, y) = Plane.Project(lat[v], lon[v]);
            points[v] = new Coordinate(x, y);
        }
        _hull = _factory.CreateMultiPointFromCoords(points).ConvexHull();
        _ring = _hull.Boundary;
    }

    public double DistanceToEdgeMeters(LatLon p) => DistanceOp.Distance(_ring, Point(p));

    /// <summary>How many metres of the straight segment a→b lie inside the network's hull.</summary>
    public double LengthInsideMeters(LatLon a, LatLon b)
    {
        var (ax, ay) = Plane.Project(a.Lat, a.Lon);
        var (bx, by) = Plane.Project(b.Lat, b.Lon);
        var segment = _factory.CreateLineString([new Coordinate(ax, ay), new Coordinate(bx, by)]);
        return segment.Intersection(_hull).Length;
    }

    private Point Point(LatLon p)
    {
        var (x, y) = Plane.Project(p.Lat, p.Lon);
        return _factory.CreatePoint(new Coordinate(x, y));
    }
}
