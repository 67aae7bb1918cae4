namespace Rutland.Access.Analysis;

/// <summary>
/// One origin–destination answer by public transport over a departure window. <see cref="Minutes"/> is the median;
/// <see cref="Percentiles"/> maps each requested percentile to minutes (null where too few departures reach).
/// Unreachable is an answer: <see cref="Reachable"/> false when no departure in the window arrives.
/// <see cref="Estimated"/> when the fastest journey walks off the footpath network; <see cref="WalkOnly"/> when
/// walking beats every bus and train at the median.
/// </summary>
public sealed record PtTravelTime(
    string From,
    string To,
    double? Minutes,
    IReadOnlyDictionary<int, double?> Percentiles,
    bool Reachable,
    double ReachableShare,
    bool Estimated,
    bool WalkOnly,
    PtJourney? BestJourney,
    PtAppointment? Appointment);
