namespace Rutland.Access.Geo;

/// <summary>
/// An equirectangular plane in metres about a reference latitude. Over a county (±30 km) its scale error is
/// below 0.1%, good enough for snapping and proximity tests without a datum transform per point; areas and
/// reported distances use BNG or great-circle distance instead.
/// </summary>
public readonly struct LocalPlane(double referenceLat)
{
    private static readonly double MetersPerDegLat = GreatCircle.EarthRadiusMeters * Math.PI / 180;
    private readonly double _metersPerDegLon = MetersPerDegLat * Math.Cos(referenceLat * Math.PI / 180);

    public (double X, double Y) Project(double lat, double lon) => (lon * _metersPerDegLon, lat * MetersPerDegLat);
}
