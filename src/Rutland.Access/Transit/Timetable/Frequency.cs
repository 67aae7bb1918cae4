namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// A GTFS frequencies.txt row: the trip's pattern repeats every <see cref="HeadwaySeconds"/> from start to end
/// (seconds since service-day midnight). <see cref="ExactTimes"/> = schedule-based (exact_times=1) rather than
/// headway-based (0), where only the headway is promised.
/// </summary>
public sealed record Frequency(string TripId, int StartSeconds, int EndSeconds, int HeadwaySeconds, bool ExactTimes);
