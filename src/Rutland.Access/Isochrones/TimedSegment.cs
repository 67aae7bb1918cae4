namespace Rutland.Access.Isochrones;

/// <summary>
/// The reached part of one edge in BNG metres: from a (reached at <see cref="SecondsAtA"/>) along (Dx, Dy), with time
/// growing linearly to <see cref="SecondsAtA"/> + <see cref="Seconds"/> at its far end.
/// </summary>
public readonly record struct TimedSegment(double Ax, double Ay, double Dx, double Dy, float SecondsAtA, float Seconds)
{
    /// <summary>
    /// The segment a→b travelled in <paramref name="edgeSeconds"/> from a reached at <paramref name="secondsAtA"/>, cut by
    /// linear interpolation where the time reaches <paramref name="maxSeconds"/>.
    /// </summary>
    public static TimedSegment Reachable(double ax, double ay, double bx, double by, float secondsAtA, float edgeSeconds, float maxSeconds)
    {
        double dx = bx - ax, dy = by - ay;
        if (edgeSeconds > 0 && secondsAtA + edgeSeconds > maxSeconds)
        {
            double share = (maxSeconds - secondsAtA) / edgeSeconds;
            return new TimedSegment(ax, ay, dx * share, dy * share, secondsAtA, maxSeconds - secondsAtA);
        }
        return new TimedSegment(ax, ay, dx, dy, secondsAtA, edgeSeconds);
    }
}
