namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// One call of a trip. Times are seconds since the service day's midnight and may exceed 86,400 for trips running
/// past midnight (GTFS 25:10:00 = 90,600). <see cref="Interpolated"/> marks times the feed left blank and the reader
/// filled in between timepoints.
/// </summary>
public readonly record struct StopTime(
    int StopSequence,
    string StopId,
    int ArrivalSeconds,
    int DepartureSeconds,
    bool Interpolated);
