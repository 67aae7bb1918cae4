namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// The feed_info.txt values. <see cref="Built"/> is part of the definition (not the clock) so that rebuilding gives
/// identical bytes; <see cref="Description"/> follows the "modelled:" feed_version convention of <c>FeedInfo</c>.
/// </summary>
public sealed record FeedSettings(
    string Publisher,
    string PublisherUrl,
    string Lang,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly Built,
    string Description)
{
    public string Version => $"{Timetable.FeedInfo.ModelledVersionPrefix} built {Built:yyyy-MM-dd} {Description}";
}
