namespace Rutland.Access.Transit.Timetable;

/// <summary>Which feeds are in force on a date and whether any trip runs: the facts behind OUTSIDE_SERVICE_PERIOD and NO_SERVICE_ON_DATE.</summary>
public sealed record DateCoverage(DateOnly Date, IReadOnlyList<FeedCoverage> Feeds)
{
    /// <summary>False when no feed's period contains the date: every answer would be "unreachable" for a reason that is not the network's.</summary>
    public bool AnyInForce => Feeds.Any(f => f.InForce);

    /// <summary>At least one trip of a feed in force runs that day (feeds not in force run none by definition).</summary>
    public bool ServiceOnDate => Feeds.Any(f => f.TripsOnDate.Total > 0);

    /// <summary>At least one trip of the kinds asked for runs that day.</summary>
    public bool ServiceOnDateFor(bool bus, bool rail, bool onDemand) => Feeds.Any(f => f.TripsOnDate.Of(bus, rail, onDemand) > 0);

    public IEnumerable<FeedCoverage> InForce => Feeds.Where(f => f.InForce);

    public IEnumerable<FeedCoverage> NotInForce => Feeds.Where(f => !f.InForce);
}
