namespace Rutland.Access.Geo;

/// <summary>Haversine distance on the WGS84 mean sphere; within 0.5% of the ellipsoidal figure at Rutland's latitude.</summary>
public static class GreatCircle
{
    public const double EarthRadiusMeters = 6_371_008.8;

    public static double DistanceMeters(LatLon a, LatLon b) => DistanceMeters(a.Lat, a.Lon, b.Lat, b.Lon);

    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        const double toRad = Math.PI / 180;
        double dLat = (lat2 - lat1) * toRad, dLon = (lon2 - lon1) * toRad;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                 + Math.Cos(lat1 * toRad) * Math.Cos(lat2 * toRad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
