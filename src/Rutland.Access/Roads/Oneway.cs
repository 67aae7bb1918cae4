namespace Rutland.Access.Roads;

/// <summary>OSM one-way semantics for vehicles: <c>oneway=yes|1|true|-1|reverse</c>, implied on roundabouts and motorways.</summary>
public static class Oneway
{
    public static (bool Forward, bool Backward) Directions(string highway, IReadOnlyDictionary<string, string> tags)
    {
        string? oneway = tags.GetValueOrDefault("oneway");
        return oneway switch
        {
            "yes" or "1" or "true" => (true, false),
            "-1" or "reverse" => (false, true),
            "no" or "0" or "false" => (true, true),
            _ when tags.GetValueOrDefault("junction") is "roundabout" or "circular" => (true, false),
            _ when highway is "motorway" => (true, false),
            _ => (true, true),
        };
    }
}
