namespace Rutland.Access.Roads;

/// <summary>
/// A point's time and distance read off a search, the index of the search source it grew from, and the graph
/// node through which it joined the tree (-1 when reached directly along its own segment).
/// </summary>
public readonly record struct NetworkReading(float Seconds, float Meters, int Root, int Node);
