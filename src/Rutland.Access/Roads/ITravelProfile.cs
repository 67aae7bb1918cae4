namespace Rutland.Access.Roads;

/// <summary>Decides, from a way's tags alone, whether and how a mode travels along it.</summary>
public interface ITravelProfile
{
    string Name { get; }

    /// <summary>Null when the mode may not use the way at all.</summary>
    WayTraversal? Evaluate(IReadOnlyDictionary<string, string> tags);
}
