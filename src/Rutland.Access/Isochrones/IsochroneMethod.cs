using System.Globalization;
using Rutland.Access.Analysis;
using Rutland.Access.Roads;

namespace Rutland.Access.Isochrones;

/// <summary>The account of how an isochrone was made, returned with every feature.</summary>
public static class IsochroneMethod
{
    public static string Describe(TravelMode mode, bool reverse, ModeGeometry geometry, IPopulationSurface population) =>
        string.Format(CultureInfo.InvariantCulture,
            "{0} {1} on the OSM {2} network (free-flow; no congestion model). Polygons from the search's own reached " +
            "edges in British National Grid metres: each edge cut where its time runs out (linear along the edge), " +
            "places within {3} m of a reached edge count as reached, times gridded every {4} m and contoured by " +
            "marching squares, outlines simplified to {5} m without crossing themselves (the smallest cutoff only shrinking, " +
            "the largest only growing, so each cutoff contains the smaller ones), holes and separate parts kept. {6}",
            mode == TravelMode.Drive ? "Drive" : $"Walk at {WalkProfile.WalkSpeedKmh} km/h",
            reverse ? "times to the location(s) (catchment: where they are reached from)" : "times from the location(s)",
            mode == TravelMode.Drive ? "car" : "pedestrian",
            geometry.WalkOffMeters, geometry.GridMeters, geometry.SimplifyMeters, population.Method);
}
