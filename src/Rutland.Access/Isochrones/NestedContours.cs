using System.Diagnostics;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;

using Rutland.Access.Routing;

namespace Rutland.Access.Isochrones;

/// <summary>
/// One polygon per cutoff from a <see cref="TravelTimeField"/>, in BNG, each containing the smaller ones without any
/// overlay: the contours of one field at rising cutoffs nest exactly (see <see cref="MarchingSquares"/>), and only
/// exactly collinear vertices are dropped (<see cref="CollinearVertices"/>), so they still do, and each polygon depends
/// on its own cutoff only. Holes (Rutland Water) and separate parts are kept. A polygon that is nonetheless invalid is
/// repaired and the repair noted.
/// </summary>
public static class NestedContours
{
    public static IReadOnlyList<Geometry> Build(TravelTimeField field, IReadOnlyList<int> ascendingCutoffMinutes, ModeGeometry geometry,
        ICollection<string> repairs, out PolygonStepTimings timings)
    {
        var clock = Stopwatch.StartNew();
        int count = ascendingCutoffMinutes.Count;
        var rings = new List<(double[] X, double[] Y)>[count];
        Parallel.For(0, count, k =>
            rings[k] = CollinearVertices.Drop(MarchingSquares.Trace(field, ascendingCutoffMinutes[k] * 60f, geometry.MinRingAreaM2)));
        var contoured = clock.Elapsed;

        clock.Restart();
        var result = new Geometry[count];
        var repairNotes = new string?[count];
        Parallel.For(0, count, k =>
        {
            result[k] = GeometryRepair.Repair(RingAssembly.Polygons(rings[k]), out repairNotes[k]);
            result[k].SRID = GeometryFactories.BritishNationalGridSrid;
        });
        for (int k = 0; k < count; k++)
            if (repairNotes[k] is { } repaired) repairs.Add($"{ascendingCutoffMinutes[k]} min: {repaired}");
        timings = new PolygonStepTimings(TimeSpan.Zero, contoured, clock.Elapsed, TimeSpan.Zero);
        return result;
    }
}
