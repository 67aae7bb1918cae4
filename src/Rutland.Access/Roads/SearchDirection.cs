namespace Rutland.Access.Roads;

/// <summary>Forward: times from the sources to every node. Reverse: times from every node to the sources (one search serves all origins of a destination).</summary>
public enum SearchDirection { Forward, Reverse }
