namespace Rutland.Access.Transit.Planning;

/// <summary>A walk from one stop to another (indices in <see cref="TransitStops"/>) for changing vehicles.</summary>
public readonly record struct WalkTransfer(int FromStop, int ToStop, int Seconds, double Meters, bool Estimated);
