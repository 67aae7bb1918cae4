using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// A NaPTAN stop point: ATCO code, SMS code (NaptanCode), a display name, its WGS84 position, the compass bearing a
/// bus faces when calling there (NaPTAN <c>Bearing</c>, in degrees; null when NaPTAN gives none) and whether it is an
/// active on-street bus stop or bus-station bay that a modelled bus route can call at. <see cref="PlaceName"/> is the
/// locality and common name without the indicator: the two stops of a pair on either side of a road share it.
/// </summary>
public sealed record NaptanStop(string AtcoCode, string? NaptanCode, string Name, LatLon Location, double? BearingDegrees = null,
    bool ActiveBusStop = false, string? PlaceName = null);
