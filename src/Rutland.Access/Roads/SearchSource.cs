namespace Rutland.Access.Roads;

/// <summary>A node that starts a search with a time and distance already spent (part of an edge, an off-network leg).</summary>
public readonly record struct SearchSource(int Node, float Seconds, float Meters);
