using System.Diagnostics;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;

namespace Rutland.Access.Isochrones;

/// <summary>
/// One polygon per cutoff from a <see cref="TravelTimeField"/>, in BNG, each containing the smaller ones without any
/// overlay: the contours of one field at rising cutoffs nest exactly (see <see cref="MarchingSquares"/>), and
/// <see cref="OneSidedSimplifier"/> simplifies them so that they still do. Holes (Rutland Water) and separate parts are
/// kept. A polygon that is nonetheless invalid is repaired and the repair noted.
/// </summary>
public static class NestedContours
{
    public static IReadOnlyList<Geometry> Build(TravelTimeField field, IReadOnlyList<int> ascendingCutoffMinutes, ModeGeometry geometry,
        ICollection<string> repairs, out PolygonStepTimings timings)
    {
        var clock = Stopwatch.StartNew();
        int count = ascendingCutoffMinutes.Count;
        var contours = new ContourRings[count];
        for (int k = 0; k < count; k++)
            contours[k] = MarchingSquares.Trace(field, ascendingCutoffMinutes[k] * 60f, geometry.MinRingAreaM2);
        var contoured = clock.Elapsed;

        clock.Restart();
        int cells = field.Columns * field.Rows;
        var indexes = new CellSegmentIndex[count];
        var simplified = new List<(double[] X, double[] Y)>[count];
        try
        {
            for (int k = 0; k < count; k++)
            {
                indexes[k] = new CellSegmentIndex(contours[k], cells);
                // The largest grows; the others shrink, the middle ones above the exact contour below them.
                bool largest = k == count - 1 && count > 1;
                simplified[k] = OneSidedSimplifier.Simplify(indexes[k], k > 0 && !largest ? indexes[k - 1] : null,
                    shrink: !largest, geometry.SimplifyMeters, field);
            }
        }
        finally
        {
            foreach (var index in indexes) index?.Dispose();
        }
        var simplifiedTime = clock.Elapsed;

        clock.Restart();
        var result = new Geometry[count];
        for (int k = 0; k < count; k++)
        {
            var polygons = RingAssembly.Polygons(simplified[k]);
            result[k] = GeometryRepair.Repair(polygons, out string? repaired);
            if (repaired is not null) repairs.Add($"{ascendingCutoffMinutes[k]} min: {repaired}");
            result[k].SRID = GeometryFactories.BritishNationalGridSrid;
        }
        timings = new PolygonStepTimings(TimeSpan.Zero, contoured, simplifiedTime, clock.Elapsed, TimeSpan.Zero);
        return result;
    }
}
