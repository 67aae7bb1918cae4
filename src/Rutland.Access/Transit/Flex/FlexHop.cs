using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Flex;

/// <summary>
/// One way to ride an on-demand trip on a service day: picked up at any of <see cref="PickupStops"/> within the pick-up
/// window, dropped off at any of <see cref="DropOffStops"/> within the drop-off window (stop indices of the day's network).
/// </summary>
public sealed record FlexHop(
    FlexTrip Trip,
    IReadOnlySet<int> PickupStops,
    IReadOnlyList<int> DropOffStops,
    int PickupOpens, int PickupCloses, int DropOffOpens, int DropOffCloses,
    BookingRule? Booking)
{
    private readonly HashSet<int> _dropOffs = [.. DropOffStops];

    public bool DropsOffAt(int stop) => _dropOffs.Contains(stop);
}
