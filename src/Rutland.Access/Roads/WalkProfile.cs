namespace Rutland.Access.Roads;

/// <summary>
/// Pedestrian access: footways, paths, tracks, steps and every road but motorways, both directions, unless
/// <c>foot</c> (or failing that <c>access</c>) closes it. Speed <see cref="WalkSpeedKmh"/> = 4.8 km/h, the
/// walking speed of DfT's journey time statistics and the default of the transit analyses here.
/// </summary>
public sealed class WalkProfile : ITravelProfile
{
    public const double WalkSpeedKmh = 4.8;
    public static readonly WalkProfile Instance = new();

    private static readonly HashSet<string> Walkable =
    [
        "footway", "path", "pedestrian", "steps", "track", "bridleway", "cycleway", "living_street", "residential",
        "unclassified", "service", "tertiary", "tertiary_link", "secondary", "secondary_link", "primary",
        "primary_link", "trunk", "trunk_link", "road", "crossing",
    ];

    private static readonly HashSet<string> Closed = ["no", "private", "emergency"];

    public string Name => "walk";

    public double ConnectorSpeedKmh => WalkSpeedKmh;

    public WayTraversal? Evaluate(IReadOnlyDictionary<string, string> tags)
    {
        if (!tags.TryGetValue("highway", out var highway) || !Walkable.Contains(highway)) return null;
        string? foot = tags.GetValueOrDefault("foot");
        if (foot is not null ? Closed.Contains(foot) : Closed.Contains(tags.GetValueOrDefault("access") ?? "")) return null;
        return new WayTraversal(true, true, WalkSpeedKmh, RoadClasses.FromHighway(highway));
    }
}
