namespace Rutland.Access.Roads;

/// <summary>
/// One origin's drive to one destination. <see cref="Estimated"/> is true when part of the trip lies beyond the
/// road network; <see cref="OffNetworkKm"/> says how much of <see cref="DistanceKm"/> that part is.
/// </summary>
public readonly record struct DriveTime(double Minutes, double DistanceKm, bool Estimated, double OffNetworkKm, double OriginSnapMeters);
