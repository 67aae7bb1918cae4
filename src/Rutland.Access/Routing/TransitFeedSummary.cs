using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Routing;

/// <summary>
/// One loaded timetable as answers cite it: which file, whose, which dates, and whether it is MODELLED.
/// <see cref="StartDate"/>/<see cref="EndDate"/> are what the publisher states (feed_info.txt, a CIF header's extract
/// dates); <see cref="ValidFrom"/>/<see cref="ValidTo"/> are its service period from the calendar itself
/// (<see cref="ServicePeriod"/>), the dates on which its trips may be used.
/// </summary>
public sealed record TransitFeedSummary(
    string Id,
    string Path,
    string Format,
    string? Publisher,
    string? Version,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool Modelled,
    string? ModelledDescription,
    int Stops,
    int Trips,
    DateOnly? ValidFrom,
    DateOnly? ValidTo)
{
    public static TransitFeedSummary Of(TimetableFeed feed, string path, string format)
    {
        var period = ServicePeriod.Of(feed.Calendar);
        return new(feed.FeedId, path, format, feed.Info.Publisher, feed.Info.Version, feed.Info.StartDate, feed.Info.EndDate,
            feed.Info.Modelled, feed.Info.ModelledDescription, feed.Stops.Length, feed.Trips.Length, period?.First, period?.Last);
    }
}
