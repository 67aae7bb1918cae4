namespace Rutland.Access.Roads;

/// <summary>How far a point may lie from the road network and still count as on it.</summary>
public static class SnapPolicy
{
    /// <summary>
    /// 500 m: OSM place nodes sit on or beside their main street and hospital coordinates are at most
    /// postcode-level (a postcode covers ~15 addresses), so a larger gap means the point is beyond the network —
    /// then the off-network estimate applies instead of a long, hidden connector.
    /// </summary>
    public const double MaxSnapMeters = 500;

    /// <summary>
    /// Origins (homes, LSOA population-weighted centroids) may lie further from a public road: a military base or
    /// private estate whose roads are closed to general traffic (Rutland 005A's centroid, inside St George's
    /// Barracks, is 911 m from one). Up to 2 km they are joined by the connector, reported as the snap distance;
    /// an origin always has a time unless it is truly remote.
    /// </summary>
    public const double MaxOriginSnapMeters = 2000;
}
