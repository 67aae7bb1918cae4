namespace Rutland.Access.Roads;

/// <summary>
/// Car access as OSRM's car profile reads it: public highways up to service roads, closed to
/// <c>access|motor_vehicle|motorcar</c> = no/private/agricultural/forestry/delivery/emergency/psv unless a more
/// specific motor tag opens it; oneway from <c>oneway</c>, roundabouts and motorways. Speeds from <see cref="UkSpeedModel"/>.
/// </summary>
public sealed class CarProfile : ITravelProfile
{
    public static readonly CarProfile Instance = new();

    private static readonly HashSet<string> ClosedAccess =
        ["no", "private", "agricultural", "forestry", "delivery", "emergency", "psv", "bus", "customers", "discouraged"];

    // Most specific first: the first of these present decides.
    private static readonly string[] AccessKeys = ["motorcar", "motor_vehicle", "vehicle", "access"];

    public string Name => "car";

    /// <summary>Driven at the service-road speed, as in a driveway or car park.</summary>
    public double ConnectorSpeedKmh => UkSpeedModel.ClassCapKmh["service"];

    public WayTraversal? Evaluate(IReadOnlyDictionary<string, string> tags)
    {
        if (!tags.TryGetValue("highway", out var highway) || !UkSpeedModel.ClassCapKmh.ContainsKey(highway)) return null;
        if (tags.GetValueOrDefault("area") == "yes") return null;
        foreach (string key in AccessKeys)
        {
            if (tags.TryGetValue(key, out var value))
            {
                if (ClosedAccess.Contains(value)) return null;
                break;
            }
        }
        var (forward, backward) = Oneway.Directions(highway, tags);
        return new WayTraversal(forward, backward, UkSpeedModel.CarSpeedKmh(highway, tags), RoadClasses.FromHighway(highway));
    }
}
