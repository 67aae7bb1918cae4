using System.Text.Json.Serialization;
using Rutland.Access.Geo;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Scenarios;

/// <summary>
/// A stop of a new route: an existing stop by NaPTAN ATCO code, or a new stop at a WGS84 point. Absent fields stay
/// absent when written, so a saved scenario reads back as it was sent.
/// </summary>
public sealed record RouteStop(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Naptan = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lat = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lon = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null)
{
    /// <summary>The existing stop, or a new one with <paramref name="newId"/>; <c>IsNew</c> says which.</summary>
    public (Stop Stop, bool IsNew) Resolve(TimetableFeed feed, string newId, string what)
    {
        if (Naptan is not null == (Lat is not null || Lon is not null))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: give either 'naptan' or both 'lat' and 'lon'.");
        if (Naptan is not null)
        {
            // Merged feeds namespace ids as "feed:ATCO", so match the source id after the prefix too.
            var stop = feed.Stops.Where(s => s.Id == Naptan || s.Id.EndsWith(TimetableFeed.IdSeparator + Naptan, StringComparison.Ordinal))
                           .OrderBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault()
                       ?? throw new ScenarioException(ScenarioProblemKind.UnknownId, $"{what}: no stop with NaPTAN code '{Naptan}' in the timetable.");
            return (stop, false);
        }
        if (Lat is not { } lat || Lon is not { } lon)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: a new stop needs both 'lat' and 'lon'.");
        ScenarioPoints.RequireInStudyArea(new LatLon(lat, lon), what);
        return (new Stop(newId, null, Name ?? newId, lat, lon, null, StopLocationType.Stop), true);
    }
}
