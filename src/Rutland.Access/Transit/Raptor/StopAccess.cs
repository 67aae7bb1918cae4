namespace Rutland.Access.Transit.Raptor;

/// <summary>A stop reachable on foot from an origin (access) or reaching a destination on foot (egress).</summary>
public readonly record struct StopAccess(int Stop, int WalkSeconds);
