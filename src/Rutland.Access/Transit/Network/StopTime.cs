namespace Rutland.Access.Transit.Network;

/// <summary>
/// One call of a trip at a stop. <see cref="Stop"/> is the index returned by
/// <see cref="TransitNetworkBuilder.AddStop"/>; times are seconds since the service date's midnight
/// and may exceed 86 400 (after-midnight running) or be negative (yesterday's trips shifted back).
/// </summary>
public readonly record struct StopTime(int Stop, int ArrivalSeconds, int DepartureSeconds);
