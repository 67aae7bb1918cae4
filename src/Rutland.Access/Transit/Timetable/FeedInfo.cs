namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// Who published a feed and which version it is. <see cref="Modelled"/> marks a timetable we built ourselves from
/// published facts rather than an operator's real timetable; answers computed from it must say so.
/// </summary>
/// <remarks>
/// Convention (GTFS feed_info.txt): a modelled feed has a feed_version starting with <c>modelled:</c>, the rest being
/// the description, e.g. <c>feed_version=modelled: Rutland buses from service-facts/ (2019 frequencies)</c>.
/// </remarks>
public sealed record FeedInfo(
    string? Publisher,
    string? Version,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool Modelled,
    string? ModelledDescription)
{
    public const string ModelledVersionPrefix = "modelled:";

    public static FeedInfo Unknown { get; } = new(null, null, null, null, false, null);

    /// <summary>Reads the modelled convention out of a feed_version value.</summary>
    public static FeedInfo FromGtfs(string? publisher, string? version, DateOnly? start, DateOnly? end)
    {
        bool modelled = version?.StartsWith(ModelledVersionPrefix, StringComparison.OrdinalIgnoreCase) == true;
        string? description = modelled ? version![ModelledVersionPrefix.Length..].Trim() : null;
        return new FeedInfo(publisher, version, start, end, modelled, string.IsNullOrEmpty(description) ? null : description);
    }
}
