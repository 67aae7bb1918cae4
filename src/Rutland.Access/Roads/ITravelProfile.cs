namespace Rutland.Access.Roads;

/// <summary>Decides, from a way's tags alone, whether and how a mode travels along it.</summary>
public interface ITravelProfile
{
    string Name { get; }

    /// <summary>
    /// The speed of the straight connector from a point to where it snaps on the network: how the mode covers a
    /// driveway, yard or car park that OSM does not map for it.
    /// </summary>
    double ConnectorSpeedKmh { get; }

    /// <summary>Null when the mode may not use the way at all.</summary>
    WayTraversal? Evaluate(IReadOnlyDictionary<string, string> tags);
}
