namespace Rutland.Access.Transit.Gtfs;

/// <summary>A stop_times.txt row as read, before ordering and interpolation; keeps its line for error messages.</summary>
internal readonly record struct RawStopTime(long Line, int StopSequence, string StopId, int? Arrival, int? Departure)
{
    /// <summary>A row with either time given; GTFS says one alone means arrival and departure coincide.</summary>
    public bool IsTimed => Arrival is not null || Departure is not null;
}
