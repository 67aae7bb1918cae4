using System.Globalization;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Isochrones;

/// <summary>The account of how an isochrone was made, returned with every feature.</summary>
public static class IsochroneMethod
{
    public static string Describe(TravelMode mode, bool reverse, ModeGeometry geometry, IPopulationSurface population) =>
        string.Format(CultureInfo.InvariantCulture,
            "{0} Times {1} on the OSM {2} network. Polygons from the search's own reached " +
            "edges in British National Grid metres: each edge cut where its time runs out (linear along the edge), " +
            "places within {3} m of a reached edge count as reached, times gridded every {4} m and contoured by " +
            "marching squares (crossings interpolated from times up to {5} s past the cutoff, so each area depends on its " +
            "own cutoff only and contains the smaller ones), unsimplified, holes and separate parts kept. {6}",
            mode.SpeedsMethod,
            reverse ? "to the location(s) (catchment: where they are reached from)" : "from the location(s)",
            mode.Profile.Name,
            geometry.WalkOffMeters, geometry.GridMeters, IsochroneParameters.CrossingHorizonSeconds, population.Method);

    public static string DescribePt(PtIsochroneOptions options, PublicTransport pt, PtIsochroneSearch.Result search, ModeGeometry geometry,
        IPopulationSurface population)
    {
        var query = options.Query;
        var midnight = query.Date.ToDateTime(TimeOnly.MinValue);
        return string.Format(CultureInfo.InvariantCulture,
            "Public transport at the {0}th percentile of departures every minute {1:yyyy-MM-dd HH:mm}–{2:HH:mm} ({3}): walk at " +
            "{4} km/h up to {5} m to the first stop; range RAPTOR over the timetables in force that day, {6} (up to {7} changes) to every stop, " +
            "each stop's travel times over the window (waits included; departure minutes × Monte Carlo draws of unknown-phase " +
            "frequencies) reduced to their nearest-rank {0}th percentile; then walking on from every stop so reached ({8} " +
            "this time, {9} of them beyond the footpath network and not drawn) and directly from the location(s) over the OSM " +
            "pedestrian network. A place counts as reached if one stop gets there in time at that percentile (an upper bound " +
            "on its own percentile). {10} Polygons as for walking: places within {11} m of a reached path, times gridded every " +
            "{12} m, contoured by marching squares, each area depending on its own cutoff only and containing the smaller ones. {13}",
            options.Percentile, midnight.AddSeconds(query.WindowStartSeconds), midnight.AddSeconds(query.WindowEndSeconds),
            query.Date.DayOfWeek, query.WalkSpeedKmh, query.MaxWalkMeters, string.Join(", ", pt.FeedsInForce(query.Date).Select(f => f.Id)),
            query.MaxTransfers, search.StopsReached, search.StopsOffWalkNetwork,
            pt.FeedsInForce(query.Date).Any(f => f.Modelled)
                ? "The bus timetable is MODELLED from published service facts (feed_info), not an operator's timetable."
                : "All timetables are published ones.",
            geometry.WalkOffMeters, geometry.GridMeters, population.Method);
    }
}
