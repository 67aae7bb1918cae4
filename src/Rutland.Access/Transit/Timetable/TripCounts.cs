namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// Trips by the kind of service a rider can choose (the API's <c>modes</c>): fixed-route buses (every non-rail route),
/// trains, and on-demand (GTFS-Flex) trips. A frequency-based trip counts once.
/// </summary>
public readonly record struct TripCounts(int Bus, int Rail, int OnDemand)
{
    public int Total => Bus + Rail + OnDemand;

    /// <summary>The trips of the kinds asked for.</summary>
    public int Of(bool bus, bool rail, bool onDemand) => (bus ? Bus : 0) + (rail ? Rail : 0) + (onDemand ? OnDemand : 0);

    public static TripCounts operator +(TripCounts a, TripCounts b) => new(a.Bus + b.Bus, a.Rail + b.Rail, a.OnDemand + b.OnDemand);
}
