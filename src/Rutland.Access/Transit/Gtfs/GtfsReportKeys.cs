namespace Rutland.Access.Transit.Gtfs;

/// <summary>The <see cref="Timetable.LoadReport"/> keys the GTFS reader counts under.</summary>
public static class GtfsReportKeys
{
    public const string StopNodesSkipped = "stops.txt: entrances, generic nodes and boarding areas (location_type 2-4) skipped";
    public const string TripsWithoutStopTimesSkipped = "trips.txt: trips with fewer than two stop times skipped";
    public const string StopTimesInterpolated = "stop_times.txt: blank intermediate times interpolated between timepoints";
    public const string FrequenciesOfSkippedTripsSkipped = "frequencies.txt: rows for skipped trips skipped";
    public const string DeviatedFlexTripsSkipped = "stop_times.txt: trips mixing timed stops with pick-up/drop-off windows (deviated routes) skipped";
    public const string TransfersWithoutStopsSkipped = "transfers.txt: trip-, route- or stopless transfers skipped";
}
