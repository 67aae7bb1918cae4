using System.Globalization;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>The one-paragraph account of how a free-flow mode's times are made, returned with every such answer.</summary>
public static class RoadMethod
{
    public static string Describe(AccessEngine engine, TravelMode mode)
    {
        var road = engine.Road(mode);
        return mode.SpeedsMethod + string.Format(CultureInfo.InvariantCulture,
            " Origins snap to the largest strongly connected component within {4} m (destinations " +
            "within {0} m); the connector is travelled at {1} km/h. Destinations beyond the extract are estimated: straight line from the " +
            "best exit × detour factor {2:F3} (median route/straight ratio of {3} place pairs ≥ 5 km apart on this " +
            "network) at the exit way's speed; such answers have estimated=true and their off-network km.",
            SnapPolicy.MaxSnapMeters, road.Network.ConnectorSpeedKmh, road.Circuity.MedianFactor, road.Circuity.Pairs,
            SnapPolicy.MaxOriginSnapMeters);
    }
}
