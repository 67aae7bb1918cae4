namespace Rutland.Access.Transit.Cif;

/// <summary>
/// A location record of a schedule as times of day (seconds, before midnight roll-over): working timetable (WTT)
/// arrival/departure/pass and public arrival/departure. A pass has only <see cref="WttPass"/>.
/// </summary>
internal sealed record CifCall(
    long Line,
    string Tiploc,
    int? WttArrival,
    int? WttDeparture,
    int? WttPass,
    int? PublicArrival,
    int? PublicDeparture)
{
    public bool IsPass => WttPass is not null && WttArrival is null && WttDeparture is null;
}
