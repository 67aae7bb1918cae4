namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// How long an on-demand ride takes: our car time × <see cref="SafeDurationFactor"/> + <see cref="SafeDurationOffsetSeconds"/>
/// (written to trips.txt safe_duration_factor / safe_duration_offset), with its source.
/// </summary>
public sealed record OnDemandRideTime(double SafeDurationFactor, double SafeDurationOffsetSeconds, string Source);
