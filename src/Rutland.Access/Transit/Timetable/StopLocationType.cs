namespace Rutland.Access.Transit.Timetable;

/// <summary>GTFS stops.txt location_type. The model keeps only stops/platforms and stations; the rest are counted as skipped.</summary>
public enum StopLocationType
{
    Stop = 0,
    Station = 1,
    Entrance = 2,
    GenericNode = 3,
    BoardingArea = 4,
}
