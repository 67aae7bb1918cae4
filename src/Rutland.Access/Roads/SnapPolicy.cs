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
}
