using Rutland.Access.Roads;

namespace Rutland.Access.Transit.Planning;

/// <summary>The walking assumptions of public-transport answers, in one place.</summary>
public static class WalkingRules
{
    /// <summary>Walking speed, the pedestrian network's: 4.8 km/h as in DfT's journey time statistics.</summary>
    public const double SpeedKmh = WalkProfile.WalkSpeedKmh;

    public const double MetersPerSecond = SpeedKmh / 3.6;

    /// <summary>
    /// Default furthest walk to the first stop, from the last stop, or direct: 1.2 km, i.e. 15 minutes at 4.8 km/h.
    /// Callers may ask for less or more (up to <see cref="MaxWalkMetersLimit"/>).
    /// </summary>
    public const double DefaultMaxWalkMeters = 1_200;

    /// <summary>The most a caller may ask for: 3 km, ~37 minutes; beyond that a walk is a journey of its own.</summary>
    public const double MaxWalkMetersLimit = 3_000;

    /// <summary>
    /// Furthest walk between two stops to change vehicles, computed once per feed: the default access walk, so a
    /// change never asks more walking than reaching the first stop does.
    /// </summary>
    public const double MaxTransferMeters = DefaultMaxWalkMeters;

    /// <summary>
    /// A stop further than 150 m from any footpath or road of the extract is taken as off the walk network (NaPTAN
    /// places stops at the kerb or platform, so a larger gap means the stop lies beyond the OSM extract, e.g.
    /// Peterborough): walks to it are straight lines × the measured detour factor, flagged estimated.
    /// </summary>
    public const double MaxStopSnapMeters = 150;

    public static int Seconds(double meters) => (int)Math.Ceiling(meters / MetersPerSecond);
}
