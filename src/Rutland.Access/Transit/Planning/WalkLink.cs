namespace Rutland.Access.Transit.Planning;

/// <summary>
/// A walk between a point and a stop (index in <see cref="TransitStops"/>), or between two stops.
/// <see cref="Estimated"/>: one end is off the footpath network, so the walk is a straight line × the detour factor.
/// </summary>
public readonly record struct WalkLink(int Stop, int Seconds, double Meters, bool Estimated);
