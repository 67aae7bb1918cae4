using Rutland.Access.Roads;

namespace Rutland.Access.Transit.Planning;

/// <summary>The walking assumptions of public-transport answers, in one place.</summary>
public static class WalkingRules
{
    /// <summary>Walking speed, the pedestrian network's: 4.8 km/h as in DfT's journey time statistics.</summary>
    public const double SpeedKmh = WalkProfile.WalkSpeedKmh;

    public const double MetersPerSecond = SpeedKmh / 3.6;

    /// <summary>
    /// A query's walking speed lies between 1 and 7.2 km/h: 7.2 km/h (2 m/s) is the brisk end of walking, beyond it
    /// people run; below 1 km/h any walk would be the journey. The walk network's times are at <see cref="SpeedKmh"/>
    /// and scale by <see cref="SecondsFactor"/>, so no other speed needs a network of its own.
    /// </summary>
    public const double MinSpeedKmh = 1, MaxSpeedKmh = 7.2;

    /// <summary>
    /// The less-mobile profile's walking speed: 0.8 m/s (2.88 km/h), the mean walking speed of women aged 65 and over
    /// in the Health Survey for England (men 0.9 m/s; 3,145 people timed over a short walk): Asher, Aresu, Falaschetti
    /// and Mindell, "Most older pedestrians are unable to cross the road in time", Age and Ageing 41 (2012) 690-694,
    /// doi:10.1093/ageing/afs076.
    /// </summary>
    public const double LessMobileSpeedKmh = 2.88; // 0.8 m/s × 3.6

    /// <summary>
    /// The less-mobile profile's furthest walk: 250 m, the preferred maximum walk to a bus stop in the highway design
    /// guide of Rutland's neighbour (Leicestershire Highway Design Guide, "Pedestrian access to bus routes": at most
    /// 400 m, preferably no more than 250 m). CIHT's "Buses in Urban Developments" (2018) notes that the customary
    /// 400 m may be excessive for elderly people, and DfT's Inclusive Mobility (section 2.4, walking distances) reports
    /// that of disabled people able to walk, about 30% manage no more than 50 m without stopping and a further 20% no
    /// more than 200 m.
    /// </summary>
    public const double LessMobileMaxWalkMeters = 250;

    /// <summary>How many times longer a walk takes at <paramref name="speedKmh"/> than at the network's <see cref="SpeedKmh"/>.</summary>
    public static double SecondsFactor(double speedKmh) => SpeedKmh / speedKmh;

    /// <summary>Seconds of a walk timed at the network's speed, walked at <paramref name="speedKmh"/> (rounded up).</summary>
    public static int Seconds(double networkSeconds, double speedKmh) =>
        speedKmh == SpeedKmh ? (int)Math.Ceiling(networkSeconds) : (int)Math.Ceiling(networkSeconds * SecondsFactor(speedKmh));

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
}
