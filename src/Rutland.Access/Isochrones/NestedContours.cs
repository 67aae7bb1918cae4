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
        Parallel.For(0, count, k => contours[k] = MarchingSquares.Trace(field, ascendingCutoffMinutes[k] * 60f, geometry.MinRingAreaM2));
        var contoured = clock.Elapsed;

        clock.Restart();
        int cells = field.Columns * field.Rows;
        var simplified = new List<(double[] X, double[] Y)>[count];
        void Simplify(int k, bool shrink)
        {
            using var index = new CellSegmentIndex(contours[k], cells);
            var floor = k > 0 && shrink ? new SimplifiedRingGrid(simplified[k - 1], field) : null;
            simplified[k] = OneSidedSimplifier.Simplify(index, floor, shrink, geometry.SimplifyMeters, field);
        }
        // The largest grows, on its own; the others shrink, each middle one above the simplified outline below it, so
        // they go in order.
        int shrinking = count > 1 ? count - 1 : 1;
        Parallel.Invoke(
            () => { for (int k = 0; k < shrinking; k++) Simplify(k, shrink: true); },
            () => { if (count > 1) Simplify(count - 1, shrink: false); });
        var simplifiedTime = clock.Elapsed;

        clock.Restart();
        var result = new Geometry[count];
        var repairNotes = new string?[count];
        Parallel.For(0, count, k =>
        {
            result[k] = GeometryRepair.Repair(RingAssembly.Polygons(simplified[k]), out repairNotes[k]);
            result[k].SRID = GeometryFactories.BritishNationalGridSrid;
        });
        for (int k = 0; k < count; k++)
            if (repairNotes[k] is { } repaired) repairs.Add($"{ascendingCutoffMinutes[k]} min: {repaired}");
        timings = new PolygonStepTimings(TimeSpan.Zero, contoured, simplifiedTime, clock.Elapsed, TimeSpan.Zero);
        return result;
    }
}
