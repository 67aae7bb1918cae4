namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// An on-demand leg joining RAPTOR at <see cref="Stop"/>, in the pattern of OpenTripPlanner's flex access/egress:
/// as access, walk <see cref="WalkSeconds"/> from the origin to <see cref="FlexStop"/>, wait <see cref="WaitSeconds"/>,
/// ride <see cref="RideSeconds"/> to <see cref="Stop"/>; as egress, wait at <see cref="Stop"/> after alighting, ride to
/// <see cref="FlexStop"/> and walk to the destination. The ride may only start in [<see cref="OpensSeconds"/>,
/// <see cref="ClosesSeconds"/>] (the pick-up window, narrowed so the drop-off falls in its own window): earlier,
/// the rider is picked up at opening; later, the leg is unavailable. Arrival is therefore non-decreasing in the
/// departure time, as range RAPTOR needs.
/// </summary>
public readonly record struct FlexAccess(
    int Stop, int FlexStop, int WalkSeconds, int WaitSeconds, int RideSeconds, int OpensSeconds, int ClosesSeconds, string TripId)
{
    public const int Unavailable = int.MaxValue;

    /// <summary>When the ride starts for a rider ready (at the pick-up stop) at <paramref name="readySeconds"/>, or <see cref="Unavailable"/>.</summary>
    public int PickupAt(int readySeconds)
    {
        int start = Math.Max(readySeconds + WaitSeconds, OpensSeconds);
        return start > ClosesSeconds ? Unavailable : start;
    }

    /// <summary>Arrival at <see cref="Stop"/> leaving the origin at <paramref name="departureSeconds"/>.</summary>
    public int AccessArrival(int departureSeconds) =>
        PickupAt(departureSeconds + WalkSeconds) is var p && p != Unavailable ? p + RideSeconds : Unavailable;

    /// <summary>Arrival at the destination after alighting at <see cref="Stop"/> at <paramref name="alightSeconds"/>.</summary>
    public int EgressArrival(int alightSeconds) =>
        PickupAt(alightSeconds) is var p && p != Unavailable ? p + RideSeconds + WalkSeconds : Unavailable;
}
