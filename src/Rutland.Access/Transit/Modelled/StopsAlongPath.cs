using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// The stops a bus calls at along its <see cref="BusPath"/>: its waypoints, and every active NaPTAN bus stop within
/// <see cref="MaxStopOffsetMeters"/> of a mapped road it runs along, in path order. Where NaPTAN has a stop on each
/// side of the road, the bus calls at the one for its direction: NaPTAN's Bearing is the way a bus faces at the stop,
/// so a stop facing against the path is left to the bus the other way when its pair (same name, within
/// <see cref="PairMaxMeters"/>) faces with it; a lone stop (one flag for both directions) is called at both ways. A stop facing across
/// the path stands on a side road at a junction and is not called at. Stops without a Bearing are called at.
/// The first and last waypoints are always called at; an intermediate waypoint facing the wrong way gives way to its pair.
/// </summary>
public static class StopsAlongPath
{
    /// <summary>
    /// 30 m: NaPTAN places a stop at its pole on the footway, 5–15 m from the OSM centre line of a village street or
    /// A road, up to ~25 m at a lay-by; a stop further off stands on another street.
    /// </summary>
    public const double MaxStopOffsetMeters = 30;

    /// <summary>
    /// A stop faces along the path when its Bearing is within 67.5° of the path's heading: NaPTAN gives eight compass
    /// points (±22.5°), plus 45° for the road bending beside the stop.
    /// </summary>
    public const double AlongDegrees = 67.5;

    /// <summary>It faces against the path beyond 112.5° (the same tolerance from the opposite heading); between, across.</summary>
    public const double AgainstDegrees = 180 - AlongDegrees;

    /// <summary>
    /// 150 m: the two stops of a NaPTAN pair (same locality and common name) stand opposite each other or staggered
    /// along the road: 11–20 m apart in Rutland's villages, up to 148 m (Barnsdale Avenue) where each side has its lay-by.
    /// </summary>
    public const double PairMaxMeters = 150;

    private enum Facing { Unknown, Along, Against, Across }

    private readonly record struct Match(double Position, double CarSeconds, Facing Facing);

    public static IReadOnlyList<PathCall> Calls(BusPath path, IReadOnlyList<NaptanStop> waypoints, IEnumerable<NaptanStop> stops)
    {
        var plane = new LocalPlane(path.Points[0].Location.Lat);
        var xy = path.Points.Select(p => plane.Project(p.Location.Lat, p.Location.Lon)).ToArray();
        double minX = xy.Min(p => p.X) - MaxStopOffsetMeters, maxX = xy.Max(p => p.X) + MaxStopOffsetMeters;
        double minY = xy.Min(p => p.Y) - MaxStopOffsetMeters, maxY = xy.Max(p => p.Y) + MaxStopOffsetMeters;
        var waypointCodes = waypoints.Select(w => w.AtcoCode).ToHashSet(StringComparer.Ordinal);

        var matched = new List<(NaptanStop Stop, Match Match)>();
        foreach (var stop in stops)
        {
            if (!stop.ActiveBusStop || waypointCodes.Contains(stop.AtcoCode)) continue;
            var (x, y) = plane.Project(stop.Location.Lat, stop.Location.Lon);
            if (x < minX || x > maxX || y < minY || y > maxY) continue;
            if (Nearest(path, xy, stop, x, y) is { } match) matched.Add((stop, match));
        }
        var waypointFacing = waypoints.Select(w =>
        {
            var (wx, wy) = plane.Project(w.Location.Lat, w.Location.Lon);
            return Nearest(path, xy, w, wx, wy)?.Facing ?? Facing.Unknown;
        }).ToList();
        var along = matched.Where(m => m.Match.Facing == Facing.Along).Select(m => m.Stop)
            .Concat(waypoints.Where((_, i) => waypointFacing[i] == Facing.Along)).ToList();
        bool HasPair(NaptanStop stop) => along.Any(a => a != stop && a.PlaceName == stop.PlaceName
            && GreatCircle.DistanceMeters(a.Location, stop.Location) <= PairMaxMeters);

        var calls = new List<(double Position, PathCall Call)>();
        foreach (var (stop, match) in matched)
        {
            if (match.Facing == Facing.Across || (match.Facing == Facing.Against && HasPair(stop))) continue;
            calls.Add((match.Position, new PathCall(stop, match.CarSeconds)));
        }
        for (int i = 0; i < waypoints.Count; i++)
        {
            bool terminal = i == 0 || i == waypoints.Count - 1;
            if (!terminal && (waypointFacing[i] is Facing.Against or Facing.Across) && HasPair(waypoints[i])) continue;
            int point = path.WaypointPoints[i];
            calls.Add((point, new PathCall(waypoints[i], path.Points[point].CarSeconds)));
        }
        return calls.OrderBy(c => c.Position).Select(c => c.Call).ToList();
    }

    /// <summary>
    /// The closest point of a mapped road on the path within <see cref="MaxStopOffsetMeters"/>, preferring a piece the
    /// stop faces along (a path that runs a road both ways passes each stop of a pair in its own direction).
    /// </summary>
    private static Match? Nearest(BusPath path, (double X, double Y)[] xy, NaptanStop stop, double x, double y)
    {
        Match? best = null, bestAlong = null;
        double bestDistance = double.PositiveInfinity, bestAlongDistance = double.PositiveInfinity;
        for (int i = 1; i < xy.Length; i++)
        {
            if (!path.Points[i].OnRoad) continue;
            var (ax, ay) = xy[i - 1];
            double dx = xy[i].X - ax, dy = xy[i].Y - ay, length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : Math.Clamp(((x - ax) * dx + (y - ay) * dy) / length2, 0, 1);
            double distance = Math.Sqrt(Math.Pow(ax + t * dx - x, 2) + Math.Pow(ay + t * dy - y, 2));
            if (distance > MaxStopOffsetMeters || length2 == 0) continue;
            double seconds = path.Points[i - 1].CarSeconds + t * (path.Points[i].CarSeconds - path.Points[i - 1].CarSeconds);
            var match = new Match(i - 1 + t, seconds, FacingOf(stop, Math.Atan2(dx, dy) * 180 / Math.PI));
            if (distance < bestDistance) { best = match; bestDistance = distance; }
            if (match.Facing == Facing.Along && distance < bestAlongDistance) { bestAlong = match; bestAlongDistance = distance; }
        }
        return bestAlong ?? best;
    }

    private static Facing FacingOf(NaptanStop stop, double headingDegrees)
    {
        if (stop.BearingDegrees is not { } bearing) return Facing.Unknown;
        double difference = Math.Abs(((bearing - headingDegrees) % 360 + 540) % 360 - 180);
        return difference <= AlongDegrees ? Facing.Along : difference >= AgainstDegrees ? Facing.Against : Facing.Across;
    }
}
