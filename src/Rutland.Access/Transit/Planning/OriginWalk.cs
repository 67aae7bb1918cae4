namespace Rutland.Access.Transit.Planning;

/// <summary>
/// What one walk search from an origin found: the stops within the walking limit (access), and per requested
/// destination the direct walk to it, or null if it lies beyond the limit.
/// </summary>
public sealed record OriginWalk(IReadOnlyList<WalkLink> Stops, IReadOnlyList<DirectWalk?> Direct);

/// <summary>A walk from origin to destination without any vehicle.</summary>
public readonly record struct DirectWalk(int Seconds, double Meters, bool Estimated);
