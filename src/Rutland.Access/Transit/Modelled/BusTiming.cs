namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// How a bus's time along its path follows from our car time: car seconds × <see cref="SpeedFactor"/> plus
/// <see cref="DwellSeconds"/> at every stop called at on the way, rounded to the second, then up to whole minutes
/// (so a bus is never faster than the car). <see cref="Source"/> says where both numbers come from.
/// </summary>
public sealed record BusTiming(double SpeedFactor, int DwellSeconds, string Source)
{
    /// <summary>Minutes from departure to a stop reached after <paramref name="carSeconds"/> by car and <paramref name="stopsBefore"/> calls.</summary>
    public int ArrivalMinutes(double carSeconds, int stopsBefore) =>
        (int)Math.Ceiling(Math.Round(carSeconds * SpeedFactor + DwellSeconds * stopsBefore) / 60.0);
}
