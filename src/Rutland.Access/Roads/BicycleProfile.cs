namespace Rutland.Access.Roads;

/// <summary>
/// Cycling as OSRM's bicycle profile reads a way, every number from it: Project-OSRM/osrm-backend
/// <c>profiles/bicycle.lua</c> (master, commit 00bc24c9), <c>setup()</c>, <c>handle_bicycle_tags</c>,
/// <c>oneway_handler</c>, <c>cycleway_handler</c>, <c>bike_push_handler</c>, and <c>WayHandlers.surface</c> in
/// <c>profiles/lib/way_handlers.lua</c>.
/// <list type="bullet">
/// <item>Access: the first of <c>bicycle</c>, <c>vehicle</c>, <c>access</c> present decides; no, private, agricultural,
/// forestry, delivery and use_sidepath close the way to bikes altogether (not even pushed); <c>motorroad=yes</c> and
/// <c>highway=construction|proposed</c> are avoided.</item>
/// <item>Speeds (<c>bicycle_speeds</c>): <see cref="DefaultSpeedKmh"/> = 15 km/h on cycleways and every road from
/// primary to service; track 12, path 13. Any other way (a footway, a bridleway, a trunk road) is ridden at 15 km/h
/// only when <c>bicycle</c> (or vehicle/access) is yes, permissive or designated.</item>
/// <item>One-way: <c>oneway:bicycle</c> overrides <c>oneway</c>; roundabouts and motorways are implied one-way; a
/// <c>cycleway</c>, <c>cycleway:left|right</c> of track/lane/shared... opens that side at cycleway speed, and an
/// <c>opposite*</c> cycleway makes a one-way street two-way for bikes.</item>
/// <item>Pushing (<c>bike_push_handler</c>): where a direction cannot be ridden and <c>foot</c> is not no, the bike is
/// pushed — footway and pedestrian at <see cref="WalkingSpeedKmh"/> (4 km/h), steps at 2 km/h, any other pushable way
/// (one whose type the profile knows, or <c>foot=yes</c>) at walking speed, except against an implied one-way.
/// <c>bicycle=dismount</c> pushes both ways at walking speed. Motorways and trunk roads have neither a bicycle speed
/// nor a pushing speed, so they are closed unless tagged otherwise.</item>
/// <item>Surface (<c>surface_speeds</c>): the speed is capped by the surface's, e.g. paving_stones and compacted 10,
/// cobblestone 7, gravel and unpaved 6, dirt 8, mud and sand 3 km/h.</item>
/// </list>
/// Not modelled: turn and traffic-light penalties, <c>maxspeed</c> limits (all ≥ 15 km/h on Rutland's roads), ferries,
/// railways and platforms (the graph reads <c>highway</c> ways only), width and cargo-bike rules (off by default in
/// OSRM). Note for Britain: OSRM gives bridleways no bicycle speed, so untagged bridleways are closed here although
/// the Countryside Act 1968 s.30 lets cyclists use them.
/// </summary>
public sealed class BicycleProfile : ITravelProfile
{
    public static readonly BicycleProfile Instance = new();

    /// <summary>bicycle.lua <c>default_speed</c>.</summary>
    public const double DefaultSpeedKmh = 15;

    /// <summary>
    /// bicycle.lua <c>walking_speed</c> on master (4 km/h); profiles of api_version 2 and older used 6 km/h. The pushing
    /// speed of a bike, a little below a pedestrian's 4.8 km/h (<see cref="WalkProfile.WalkSpeedKmh"/>).
    /// </summary>
    public const double WalkingSpeedKmh = 4;

    /// <summary>bicycle.lua <c>bicycle_speeds</c> (km/h) by <c>highway</c>.</summary>
    public static readonly IReadOnlyDictionary<string, double> BicycleSpeedsKmh = new Dictionary<string, double>
    {
        ["cycleway"] = DefaultSpeedKmh, ["primary"] = DefaultSpeedKmh, ["primary_link"] = DefaultSpeedKmh,
        ["secondary"] = DefaultSpeedKmh, ["secondary_link"] = DefaultSpeedKmh, ["tertiary"] = DefaultSpeedKmh,
        ["tertiary_link"] = DefaultSpeedKmh, ["residential"] = DefaultSpeedKmh, ["unclassified"] = DefaultSpeedKmh,
        ["living_street"] = DefaultSpeedKmh, ["road"] = DefaultSpeedKmh, ["service"] = DefaultSpeedKmh,
        ["track"] = 12, ["path"] = 13,
    };

    /// <summary>bicycle.lua <c>pedestrian_speeds</c> (km/h): ways where the bike is pushed.</summary>
    public static readonly IReadOnlyDictionary<string, double> PushingSpeedsKmh = new Dictionary<string, double>
    {
        ["footway"] = WalkingSpeedKmh, ["pedestrian"] = WalkingSpeedKmh, ["steps"] = 2,
    };

    /// <summary>bicycle.lua <c>surface_speeds</c> (km/h): the most a surface allows.</summary>
    public static readonly IReadOnlyDictionary<string, double> SurfaceSpeedsKmh = new Dictionary<string, double>
    {
        ["asphalt"] = DefaultSpeedKmh, ["chipseal"] = DefaultSpeedKmh, ["concrete"] = DefaultSpeedKmh,
        ["concrete_lanes"] = DefaultSpeedKmh, ["wood"] = 10, ["metal"] = 10, ["cobblestone:flattened"] = 10,
        ["paving_stones"] = 10, ["compacted"] = 10, ["cobblestone"] = 7, ["unpaved"] = 6, ["fine_gravel"] = 10,
        ["gravel"] = 6, ["pebblestone"] = 6, ["grass_paver"] = 6, ["ground"] = 10, ["dirt"] = 8, ["earth"] = 6,
        ["grass"] = 6, ["mud"] = 3, ["sand"] = 3, ["woodchips"] = 3, ["sett"] = 9,
    };

    private static readonly HashSet<string> OpenAccess = ["yes", "permissive", "designated"];
    private static readonly HashSet<string> ClosedAccess = ["no", "private", "agricultural", "forestry", "delivery", "use_sidepath"];
    private static readonly HashSet<string> AvoidedHighways = ["construction", "proposed"];
    private static readonly HashSet<string> CyclewayTags = ["track", "lane", "share_busway", "sharrow", "shared", "shared_lane"];
    private static readonly HashSet<string> OppositeCyclewayTags = ["opposite", "opposite_lane", "opposite_track"];
    private static readonly HashSet<string> Yes = ["yes", "1", "true"];
    private static readonly HashSet<string> No = ["no", "0", "false"];

    // Most specific first: the first of these present decides (bicycle.lua access_tags_hierarchy).
    private static readonly string[] AccessKeys = ["bicycle", "vehicle", "access"];

    public string Name => "bicycle";

    /// <summary>Ridden at the service-road speed (15 km/h), as the car's connector is driven at its service-road speed.</summary>
    public double ConnectorSpeedKmh => BicycleSpeedsKmh["service"];

    public WayTraversal? Evaluate(IReadOnlyDictionary<string, string> tags)
    {
        if (!tags.TryGetValue("highway", out var highway) || AvoidedHighways.Contains(highway)) return null;
        if (tags.GetValueOrDefault("area") == "yes" || tags.GetValueOrDefault("motorroad") == "yes") return null;
        string? access = AccessKeys.Select(tags.GetValueOrDefault).FirstOrDefault(v => v is not null);
        if (access is not null && ClosedAccess.Contains(access)) return null;

        // Speed by way type, else by an opening access tag (speed_handler).
        double? ridden = BicycleSpeedsKmh.TryGetValue(highway, out double s) ? s
            : access is not null && OpenAccess.Contains(access) ? DefaultSpeedKmh : null;
        bool pushable = ridden is not null;
        bool impliedOneway = tags.GetValueOrDefault("junction") is "roundabout" or "circular" || highway == "motorway";
        var (forwardOpen, backwardOpen) = Directions(tags, impliedOneway);
        double? forward = forwardOpen ? ridden : null, backward = backwardOpen ? ridden : null;

        // Cycle lanes and tracks ride at cycleway speed on their side (cycleway_handler).
        var (laneForward, laneBackward) = Cycleways(tags, forwardOpen && backwardOpen && !impliedOneway, reverse: tags.GetValueOrDefault("oneway:bicycle") == "-1"
            || (tags.GetValueOrDefault("oneway:bicycle") is null && tags.GetValueOrDefault("oneway") == "-1"));
        if (laneForward) forward = BicycleSpeedsKmh["cycleway"];
        if (laneBackward) backward = BicycleSpeedsKmh["cycleway"];

        // Push where it cannot be ridden, unless closed to pedestrians (bike_push_handler).
        if ((forward is null || backward is null) && tags.GetValueOrDefault("foot") != "no")
        {
            var (pushForward, pushBackward) = PushingSpeeds(highway, tags, pushable, impliedOneway);
            forward ??= pushForward;
            backward ??= pushBackward;
        }
        if (tags.GetValueOrDefault("bicycle") == "dismount") (forward, backward) = (WalkingSpeedKmh, WalkingSpeedKmh);

        if (tags.TryGetValue("surface", out var surface) && SurfaceSpeedsKmh.TryGetValue(surface, out double cap))
            (forward, backward) = (forward is { } f ? Math.Min(f, cap) : null, backward is { } b ? Math.Min(b, cap) : null);
        if (forward is null && backward is null) return null;
        return new WayTraversal(forward is not null, backward is not null, forward ?? backward!.Value, RoadClasses.FromHighway(highway),
            backward ?? forward);
    }

    /// <summary>Which directions may be ridden (oneway_handler): <c>oneway:bicycle</c> first, then <c>oneway</c>, then the implied one-ways.</summary>
    private static (bool Forward, bool Backward) Directions(IReadOnlyDictionary<string, string> tags, bool impliedOneway)
    {
        foreach (string key in new[] { "oneway:bicycle", "oneway" })
        {
            string? value = tags.GetValueOrDefault(key);
            if (value is null) continue;
            if (Yes.Contains(value)) return (true, false);
            if (No.Contains(value)) return (true, true);
            if (value == "-1") return (false, true);
        }
        return impliedOneway ? (true, false) : (true, true);
    }

    /// <summary>The sides a cycle lane or track opens (cycleway_handler); <paramref name="reverse"/> when the way is one-way against its drawing.</summary>
    private static (bool Forward, bool Backward) Cycleways(IReadOnlyDictionary<string, string> tags, bool twoWay, bool reverse)
    {
        string? both = tags.GetValueOrDefault("cycleway"), left = tags.GetValueOrDefault("cycleway:left"), right = tags.GetValueOrDefault("cycleway:right");
        bool Is(string? v, HashSet<string> set) => v is not null && set.Contains(v);
        if (twoWay)
        {
            bool all = Is(both, CyclewayTags);
            return (all || Is(right, CyclewayTags) || Is(left, OppositeCyclewayTags), all || Is(left, CyclewayTags) || Is(right, OppositeCyclewayTags));
        }
        // Any contra-flow lane makes a one-way street two-way for bikes (has_twoway_cycleway).
        if (Is(both, OppositeCyclewayTags) || Is(left, OppositeCyclewayTags) || Is(right, OppositeCyclewayTags)) return (true, true);
        if (Is(both, CyclewayTags) || Is(left, CyclewayTags) || Is(right, CyclewayTags)) return reverse ? (false, true) : (true, false);
        return (false, false);
    }

    private static (double? Forward, double? Backward) PushingSpeeds(string highway, IReadOnlyDictionary<string, string> tags, bool pushable,
        bool impliedOneway)
    {
        if (PushingSpeedsKmh.TryGetValue(highway, out double pedestrian)) return (pedestrian, pedestrian);
        if (tags.GetValueOrDefault("foot") == "yes" || pushable) return (WalkingSpeedKmh, impliedOneway ? null : WalkingSpeedKmh);
        return (tags.GetValueOrDefault("foot:forward") == "yes" ? WalkingSpeedKmh : null,
            tags.GetValueOrDefault("foot:backward") == "yes" ? WalkingSpeedKmh : null);
    }
}
