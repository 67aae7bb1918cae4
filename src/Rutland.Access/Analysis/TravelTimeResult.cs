using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// One origin–destination answer. Unreachable pairs are answers too (<see cref="Reachable"/> false, no minutes),
/// so one bad pair never fails a matrix.
/// </summary>
public sealed record TravelTimeResult(
    string From,
    string To,
    TravelMode Mode,
    double? Minutes,
    double? DistanceKm,
    bool Reachable,
    bool Estimated,
    double OffNetworkKm,
    double? OriginSnapMeters);
