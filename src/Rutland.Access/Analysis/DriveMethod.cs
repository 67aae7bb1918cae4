using System.Globalization;
using Rutland.Access.Roads;

namespace Rutland.Access.Analysis;

/// <summary>The one-paragraph account of how drive times are made, returned with every drive answer.</summary>
public static class DriveMethod
{
    public static string Describe(AccessEngine engine) => string.Format(CultureInfo.InvariantCulture,
        "Free-flow car times on the OSM road network: speed = min(legal limit × {0}, OSRM class default); UK national " +
        "limits where untagged; lit roads restricted to 30 mph. No time-of-day congestion model, so departure time " +
        "does not change drive times. Origins snap to the largest strongly connected component within {5} m (destinations " +
        "within {1} m); the connector is driven at {2} km/h. Destinations beyond the extract are estimated: straight line from the " +
        "best exit × detour factor {3:F3} (median route/straight ratio of {4} place pairs ≥ 5 km apart on this " +
        "network) at the exit road's speed; such answers have estimated=true and their off-network km.",
        UkSpeedModel.RealismFactor, SnapPolicy.MaxSnapMeters, engine.Car.ConnectorSpeedKmh,
        engine.CarCircuity.MedianFactor, engine.CarCircuity.Pairs, SnapPolicy.MaxOriginSnapMeters);
}
