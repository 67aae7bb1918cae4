namespace Rutland.Access.Roads;

/// <summary>
/// One origin's drive to one destination. <see cref="Estimated"/> is true when part of the trip lies beyond the
/// road network; <see cref="OffNetworkKm"/> and <see cref="OffNetworkMinutes"/> say how much of the trip that part is.
/// </summary>
public readonly record struct DriveTime(double Minutes, double DistanceKm, bool Estimated, double OffNetworkKm, double OffNetworkMinutes,
    double OriginSnapMeters);
