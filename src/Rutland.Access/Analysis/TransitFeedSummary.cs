using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Analysis;

/// <summary>One loaded timetable as answers cite it: which file, whose, which dates, and whether it is MODELLED.</summary>
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
    int Trips)
{
    public static TransitFeedSummary Of(TimetableFeed feed, string path, string format) => new(
        feed.FeedId, path, format, feed.Info.Publisher, feed.Info.Version, feed.Info.StartDate, feed.Info.EndDate,
        feed.Info.Modelled, feed.Info.ModelledDescription, feed.Stops.Length, feed.Trips.Length);
}
