using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Flex;

/// <summary>
/// On-demand routing for one service date, in the pattern of OpenTripPlanner's FlexRouter: on-demand legs become
/// access legs (walk to a zone stop, ride to a stop of the same zone where some trip calls) and egress legs (the
/// reverse) of RAPTOR, and direct journeys (walk, ride inside one zone, walk). A ride takes the trip's
/// safe_duration_factor × our car time + safe_duration_offset, starts after <see cref="FlexRules.PickupWaitSeconds"/>,
/// and only inside the trip's pick-up and drop-off windows on days its service runs. A cancelled request stops
/// before the next walk link (the car times it has already made stay cached for others).
/// </summary>
public sealed class FlexRouter
{
    private readonly int _pickupWaitSeconds;
    private readonly Dictionary<int, List<FlexHop>> _hopsByPickup = [];
    private readonly Dictionary<string, FlexHop> _hopsByTrip = new(StringComparer.Ordinal);
    private readonly FlexCarTimes _cars;
    private readonly TransitNetwork _network;
    private readonly ConcurrentDictionary<int, FlexAccess[]> _accessFrom = new();

    public IReadOnlyList<FlexHop> Hops { get; }

    /// <param name="pickupWaitSeconds">Booking and scheduling slack before a pick-up (<see cref="FlexRules.PickupWaitSeconds"/>
    /// unless an assumption level varies it).</param>
    public FlexRouter(TimetableFeed feed, TransitStops stops, TransitNetwork network, FlexCarTimes cars, DateOnly date,
        int pickupWaitSeconds = FlexRules.PickupWaitSeconds)
    {
        _pickupWaitSeconds = pickupWaitSeconds;
        _cars = cars;
        _network = network;
        var rules = feed.Flex.BookingRules.ToDictionary(b => b.Id, StringComparer.Ordinal);
        int[] Indices(string location) => [.. feed.Flex.StopIdsOf(location).Select(stops.IndexOf).OfType<int>()];
        var hops = new List<FlexHop>();
        foreach (var trip in feed.Flex.Trips.Where(t => feed.Calendar.IsActive(t.ServiceId, date)))
            for (int i = 0; i < trip.StopTimes.Length; i++)
                for (int j = i; j < trip.StopTimes.Length; j++)
                {
                    var (up, down) = (trip.StopTimes[i], trip.StopTimes[j]);
                    if (!up.PickUp || !down.DropOff) continue;
                    string? rule = up.PickupBookingRuleId ?? down.DropOffBookingRuleId;
                    hops.Add(new FlexHop(trip, Indices(up.LocationId).ToHashSet(), Indices(down.LocationId),
                        up.WindowStartSeconds, up.WindowEndSeconds, down.WindowStartSeconds, down.WindowEndSeconds,
                        rule is null ? null : rules[rule]));
                }
        Hops = hops;
        foreach (var hop in hops)
        {
            _hopsByTrip.TryAdd(hop.Trip.Id, hop);
            foreach (int stop in hop.PickupStops)
            {
                if (!_hopsByPickup.TryGetValue(stop, out var list)) _hopsByPickup.Add(stop, list = []);
                list.Add(hop);
            }
        }
    }

    public FlexHop? HopOf(string tripId) => _hopsByTrip.GetValueOrDefault(tripId);

    /// <summary>
    /// On-demand access legs: from each stop the origin walks to, to every stop of the same zone where some trip calls.
    /// Each pick-up stop's own undominated legs are worked out once (<see cref="AccessFrom"/>) and only the walk to it
    /// added per origin: legs from one stop share that walk, so which of them another beats does not depend on it, and a
    /// leg beaten among its own stop's legs is beaten among all. The survivors keep their order within each RAPTOR stop.
    /// </summary>
    public IReadOnlyList<FlexAccess> Access(IReadOnlyList<WalkLink> walks, CancellationToken cancellationToken = default)
    {
        var from = new IReadOnlyList<FlexAccess>[walks.Count];
        int count = 0;
        for (int w = 0; w < walks.Count; w++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count += (from[w] = AccessFrom(walks[w].Stop)).Count;
        }
        var legs = t_accessLegs is { } kept && kept.Length >= count ? kept : t_accessLegs = new FlexAccess[count];
        int next = 0;
        for (int w = 0; w < walks.Count; w++)
            foreach (var leg in from[w]) legs[next++] = leg with { WalkSeconds = walks[w].Seconds };
        return Undominated(legs.AsSpan(0, count), AccessLead, l => l.RideSeconds);
    }

    private static int AccessLead(FlexAccess leg) => leg.WalkSeconds + leg.WaitSeconds;

    /// <summary>The undominated on-demand legs picked up at <paramref name="pickupStop"/>, before any walk to it (kept per stop).</summary>
    private IReadOnlyList<FlexAccess> AccessFrom(int pickupStop) => _accessFrom.TryGetValue(pickupStop, out var known) ? known : _accessFrom.GetOrAdd(pickupStop, from =>
    {
        var legs = new List<FlexAccess>();
        foreach (var hop in HopsFrom(from))
            foreach (int to in hop.DropOffStops)
            {
                if (to != from && _network.IsServed(to) && Leg(hop, from, to, 0) is { } leg)
                    legs.Add(leg with { Stop = to, FlexStop = from });
            }
        return Undominated(CollectionsMarshal.AsSpan(legs), AccessLead, l => l.RideSeconds);
    });

    /// <summary>On-demand egress legs: from every stop where some trip calls to each stop of the same zone the destination is walked from.</summary>
    public IReadOnlyList<FlexAccess> Egress(IReadOnlyList<WalkLink> walks, CancellationToken cancellationToken = default)
    {
        var legs = new List<FlexAccess>();
        foreach (var walk in walks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (from, hops) in _hopsByPickup)
            {
                if (from == walk.Stop || !_network.IsServed(from)) continue;
                foreach (var hop in hops)
                {
                    if (hop.DropsOffAt(walk.Stop) && Leg(hop, from, walk.Stop, walk.Seconds) is { } leg)
                        legs.Add(leg with { Stop = from, FlexStop = walk.Stop });
                }
            }
        }
        return Undominated(CollectionsMarshal.AsSpan(legs), l => l.WaitSeconds, l => l.RideSeconds + l.WalkSeconds);
    }

    /// <summary>
    /// Per RAPTOR stop, only legs no other leg beats at every time: one that starts no later (lead before the window, its
    /// opening) and no less long (closing), and takes no longer after the start is always at least as good. Zones that
    /// overlap (Oakham is in every zone) would otherwise hand RAPTOR the same ride many times over.
    /// </summary>
    private static FlexAccess[] Undominated(ReadOnlySpan<FlexAccess> legs, Func<FlexAccess, int> lead, Func<FlexAccess, int> after) =>
        UndominatedLegs.Keep(legs, l => l.Stop, l => lead(l) + after(l), (a, b) =>
            lead(a) <= lead(b) && a.OpensSeconds <= b.OpensSeconds && a.ClosesSeconds >= b.ClosesSeconds && after(a) <= after(b));

    /// <summary>Direct on-demand journeys: walk to a zone stop, ride to another stop of the zone, walk to the destination.</summary>
    public FlexDirect Direct(IReadOnlyList<WalkLink> access, IReadOnlyList<WalkLink> egress, CancellationToken cancellationToken = default)
    {
        var options = t_directOptions ??= [];
        options.Clear();
        foreach (var walk in access)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var hop in HopsFrom(walk.Stop))
                foreach (var end in egress)
                {
                    if (end.Stop != walk.Stop && hop.DropsOffAt(end.Stop) && Leg(hop, walk.Stop, end.Stop, walk.Seconds) is { } leg)
                        options.Add((leg with { Stop = end.Stop, FlexStop = walk.Stop }, end.Seconds));
                }
        }
        // As for access legs: keep only options no other beats at every departure time.
        return new FlexDirect(UndominatedLegs.Keep<(FlexAccess Leg, int Walk)>(CollectionsMarshal.AsSpan(options), _ => 0,
            o => o.Leg.WalkSeconds + o.Leg.RideSeconds + o.Walk, (a, b) =>
                a.Leg.WalkSeconds + a.Leg.WaitSeconds <= b.Leg.WalkSeconds + b.Leg.WaitSeconds && a.Leg.OpensSeconds <= b.Leg.OpensSeconds
                && a.Leg.ClosesSeconds >= b.Leg.ClosesSeconds && a.Leg.RideSeconds + a.Walk <= b.Leg.RideSeconds + b.Walk));
    }

    // Each thread reuses one array for the access legs it sifts: every origin has hundreds, and only the survivors are kept.
    [ThreadStatic] private static FlexAccess[]? t_accessLegs;

    // Each thread reuses one list for the options it sifts: Direct runs for every origin and destination pair.
    [ThreadStatic] private static List<(FlexAccess Leg, int EgressWalk)>? t_directOptions;

    private IReadOnlyList<FlexHop> HopsFrom(int stop) => _hopsByPickup.TryGetValue(stop, out var hops) ? hops : [];

    /// <summary>The ride from <paramref name="from"/> to <paramref name="to"/> with its start window narrowed so the drop-off also fits.</summary>
    private FlexAccess? Leg(FlexHop hop, int from, int to, int walkSeconds)
    {
        if (_cars.Seconds(from, to) is not { } car) return null;
        int ride = hop.Trip.RideSeconds(car);
        int opens = Math.Max(hop.PickupOpens, hop.DropOffOpens - ride), closes = Math.Min(hop.PickupCloses, hop.DropOffCloses - ride);
        return opens > closes ? null : new FlexAccess(to, from, walkSeconds, _pickupWaitSeconds, ride, opens, closes, hop.Trip.Id);
    }
}
