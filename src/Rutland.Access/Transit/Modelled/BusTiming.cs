namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// How a bus's time between two stops follows from our car time: car seconds × <see cref="SpeedFactor"/> plus
/// <see cref="DwellSeconds"/> at the stop reached, rounded up to whole minutes (so a bus is never faster than the
/// car and no segment takes zero time). <see cref="Source"/> says where both numbers come from.
/// </summary>
public sealed record BusTiming(double SpeedFactor, int DwellSeconds, string Source)
{
    public int SegmentMinutes(double carSeconds) =>
        (int)Math.Ceiling((carSeconds * SpeedFactor + DwellSeconds) / 60.0);
}
