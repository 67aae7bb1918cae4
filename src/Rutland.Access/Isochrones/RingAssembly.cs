using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;

namespace Rutland.Access.Isochrones;

/// <summary>Rings with the inside on their left into BNG polygons: counter-clockwise ones are outlines, clockwise ones holes.</summary>
public static class RingAssembly
{
    /// <summary>Each hole goes to the smallest outline around it; one polygon, or a multipolygon of several.</summary>
    public static Geometry Polygons(IReadOnlyList<(double[] X, double[] Y)> rings)
    {
        var factory = GeometryFactories.BritishNationalGrid;
        var shells = new List<(LinearRing Ring, double Area, List<LinearRing> Holes)>();
        var holes = new List<LinearRing>();
        foreach (var (x, y) in rings)
        {
            var coordinates = new Coordinate[x.Length + 1];
            for (int k = 0; k < x.Length; k++) coordinates[k] = new Coordinate(x[k], y[k]);
            coordinates[^1] = coordinates[0].Copy();
            var ring = factory.CreateLinearRing(coordinates);
            double signed = Area.OfRingSigned(ring.CoordinateSequence); // NTS: positive when clockwise
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
