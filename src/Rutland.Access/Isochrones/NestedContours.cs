using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Rutland.Access.Geo;

namespace Rutland.Access.Isochrones;

/// <summary>
/// One polygon per cutoff from a <see cref="TravelTimeField"/>, in BNG: contoured (holes such as Rutland Water and
/// separate parts kept), simplified by Douglas–Peucker, repaired if that made it invalid, and each larger cutoff
/// united with the smaller one. Contours of one field at rising cutoffs nest exactly; simplifying each on its own
/// could nudge a smaller outline up to the tolerance past a larger one, and the union puts it back inside.
/// Douglas–Peucker rather than the topology-preserving simplifier: on a 30-min drive contour from Oakham (21,600
/// points, 113 holes) the latter took 1.1 s against 0.1 s, and the rare self-touch it prevents is repaired instead.
/// </summary>
public static class NestedContours
{
    public static IReadOnlyList<Geometry> Build(TravelTimeField field, IReadOnlyList<int> ascendingCutoffMinutes, ModeGeometry geometry,
        ICollection<string> repairs)
    {
        var result = new List<Geometry>(ascendingCutoffMinutes.Count);
        Geometry? smaller = null;
        foreach (int minutes in ascendingCutoffMinutes)
        {
            var contour = MarchingSquares.Contour(field, minutes * 60f, geometry.MinRingAreaM2);
            var simplified = DouglasPeuckerSimplifier.Simplify(contour, geometry.SimplifyMeters);
            var valid = GeometryRepair.Repair(simplified, out string? repaired);
            if (repaired is not null) repairs.Add($"{minutes} min: {repaired}");
            var nested = smaller is null ? valid : valid.Union(smaller);
            nested.SRID = GeometryFactories.BritishNationalGridSrid;
            result.Add(nested);
            smaller = nested;
        }
        return result;
    }
}
