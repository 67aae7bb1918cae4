using System.Text.Json;
using Rutland.Access.Routing;

namespace Rutland.Access.Api.Http;

/// <summary>
/// What every public-transport answer says about its service date: whether any trip runs that day, which feeds are
/// in force, the warnings (feeds not in force, no service), and every loaded feed with its validity.
/// </summary>
public sealed record PtServiceDay(bool ServiceOnDate, IReadOnlyList<string> FeedsInForce, IReadOnlyList<PtWarning> Warnings,
    IReadOnlyList<TransitFeedSummary> Feeds)
{
    /// <summary>True when a feed in force that day is a modelled one (feed_info): the answer rests on a MODELLED timetable.</summary>
    public bool TimetableModelled => Feeds.Any(f => f.Modelled && FeedsInForce.Contains(f.Id));

    /// <summary>The same members for answers written member by member (GeoJSON collections).</summary>
    public void Write(Utf8JsonWriter json)
    {
        json.WriteBoolean("timetableModelled", TimetableModelled);
        json.WriteBoolean("serviceOnDate", ServiceOnDate);
        json.WritePropertyName("feedsInForce");
        JsonSerializer.Serialize(json, FeedsInForce, JsonMembers.Options);
        json.WritePropertyName("warnings");
        JsonSerializer.Serialize(json, Warnings, JsonMembers.Options);
        json.WritePropertyName("feeds");
        JsonSerializer.Serialize(json, Feeds, JsonMembers.Options);
    }
}
