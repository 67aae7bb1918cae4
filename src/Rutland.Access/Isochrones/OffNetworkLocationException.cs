using Rutland.Access.Geo;

namespace Rutland.Access.Isochrones;

/// <summary>A requested location is too far from the mode's network to start (or end) a search there.</summary>
public sealed class OffNetworkLocationException(LatLon location, string network, double maxMeters)
    : Exception($"({location}) is more than {maxMeters:F0} m from the {network} network or cut off from it")
{
    public LatLon Location { get; } = location;
}
