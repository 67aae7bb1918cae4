using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Planning;

/// <summary>
/// The stops within a great-circle radius of a point, from an NTS <see cref="STRtree{T}"/> of their positions
/// (longitude, latitude) instead of a scan of every stop. Built once; queries are thread-safe.
/// </summary>
public sealed class NearbyStops
{
    // A hair of slack on the box so that rounding in the trigonometry never drops a stop right on the radius.
    private const double BoxSlackDegrees = 1e-9;
    private readonly STRtree<int> _tree = new();
    private readonly TransitStops _stops;

    public NearbyStops(TransitStops stops)
    {
        _stops = stops;
        for (int stop = 0; stop < stops.Count; stop++)
        {
            var p = stops.Location(stop);
            _tree.Insert(new Envelope(p.Lon, p.Lon, p.Lat, p.Lat), stop);
        }
        _tree.Build(); // built here: STRtree builds lazily on the first query, which is not thread-safe
    }

    /// <summary>Indices of the stops within <paramref name="meters"/> of <paramref name="point"/>, ascending.</summary>
    public List<int> Within(LatLon point, double meters)
    {
        var found = _tree.Query(Box(point, meters));
        var result = new List<int>(found.Count);
        foreach (int stop in found)
            if (GreatCircle.DistanceMeters(point, _stops.Location(stop)) <= meters) result.Add(stop);
        result.Sort();
        return result;
    }

    /// <summary>
    /// The latitude/longitude box holding every point within <paramref name="meters"/> on the sphere: ± the angular
    /// radius in latitude, ± asin(sin δ / cos φ) in longitude (J. P. Matuschek, "Finding points within a distance of
    /// a latitude/longitude using bounding coordinates"), the whole circle of longitude near a pole.
    /// </summary>
    private static Envelope Box(LatLon point, double meters)
    {
        const double toDegrees = 180 / Math.PI;
        double delta = meters / GreatCircle.EarthRadiusMeters;
        double dLat = delta * toDegrees + BoxSlackDegrees;
        double ratio = Math.Sin(Math.Min(delta, Math.PI / 2)) / Math.Cos(point.Lat / toDegrees);
        double dLon = ratio is >= 0 and < 1 ? Math.Asin(ratio) * toDegrees + BoxSlackDegrees : 180;
        return new Envelope(point.Lon - dLon, point.Lon + dLon, point.Lat - dLat, point.Lat + dLat);
    }
}
