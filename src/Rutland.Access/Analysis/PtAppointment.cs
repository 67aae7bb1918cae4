namespace Rutland.Access.Analysis;

/// <summary>
/// Getting to an appointment and home again: the latest departure arriving by <see cref="ArriveBy"/> (whatever the
/// phase of irregular services) and its arrival; with an appointment length, whether a journey home leaves after it
/// the same day, the first arrival home and the last departure ("the last bus home"); with legs asked for, the journey
/// that first gets home, leg by leg.
/// </summary>
public sealed record PtAppointment(
    DateTime ArriveBy,
    DateTime? LatestDeparture,
    DateTime? Arrival,
    int? AppointmentMinutes,
    bool? ReturnReachable,
    DateTime? FirstReturnArrival,
    DateTime? LastReturnDeparture,
    PtJourney? FirstJourneyHome = null);
