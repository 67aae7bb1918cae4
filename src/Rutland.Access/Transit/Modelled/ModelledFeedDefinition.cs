using System.Text.Json;
using System.Text.Json.Serialization;
using Rutland.Access.Data;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// <c>geodata/transit/modelled-routes.json</c>: everything the modelled Rutland feed is built from — the feed's
/// period and label, operators, bank holidays, the bus timing rule, the bus routes with their NaPTAN stops and
/// service bands, the frequency links to the hospital doors, and the rail pattern taken from the CIF extract. Each
/// route and band carries the facts it rests on.
/// </summary>
public sealed record ModelledFeedDefinition(
    FeedSettings Feed,
    IReadOnlyList<ModelledAgency> Agencies,
    IReadOnlyList<BankHoliday> BankHolidays,
    BusTiming BusTiming,
    IReadOnlyList<BusRoute> BusRoutes,
    IReadOnlyList<FrequencyRoute> FrequencyRoutes,
    RailService Rail,
    ModelledOnDemandZones? OnDemandZones = null)
{
    public const string FileName = "modelled-routes.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The same definition with another bus speed factor (checked as in the file).</summary>
    public ModelledFeedDefinition WithBusSpeedFactor(double speedFactor)
    {
        if (speedFactor < 1) throw new ArgumentOutOfRangeException(nameof(speedFactor), speedFactor, "below 1 would make buses faster than cars");
        return this with { BusTiming = BusTiming with { SpeedFactor = speedFactor } };
    }

    public static ModelledFeedDefinition Load(string path)
    {
        if (!File.Exists(path)) throw new DataFileException(path, null, "file not found");
        ModelledFeedDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<ModelledFeedDefinition>(File.ReadAllText(path), Options);
        }
        catch (JsonException ex)
        {
            throw new DataFileException(path, ex.LineNumber + 1, $"invalid route definitions: {ex.Message}", ex);
        }
        if (definition is null) throw new DataFileException(path, null, "empty route definitions");
        definition.Check(path);
        return definition;
    }

    private void Check(string path)
    {
        var agencyIds = Agencies.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (agencyIds.Count != Agencies.Count) throw new DataFileException(path, null, "agency ids must be distinct");
        if (Feed.EndDate < Feed.StartDate) throw new DataFileException(path, null, "feed endDate is before startDate");
        if (BusTiming.SpeedFactor < 1) throw new DataFileException(path, null, "busTiming.speedFactor below 1 would make buses faster than cars");
        var routeIds = new HashSet<string>(StringComparer.Ordinal) { Rail.RouteId };
        foreach (var route in BusRoutes)
        {
            if (!routeIds.Add(route.Id)) throw new DataFileException(path, null, $"route '{route.Id}' appears twice");
            if (!agencyIds.Contains(route.Agency)) throw new DataFileException(path, null, $"route '{route.Id}': no agency '{route.Agency}'");
            foreach (var variant in route.Variants)
            {
                if (variant.Via.Count < 2 || variant.InboundVia is { Count: < 2 })
                    throw new DataFileException(path, null, $"route '{route.Id}' variant '{variant.Id}': at least two stops in via and inboundVia");
                foreach (var band in variant.Outbound.Concat(variant.Inbound)) band.Check(path, $"route '{route.Id}' variant '{variant.Id}'");
            }
        }
        foreach (var link in FrequencyRoutes)
        {
            if (!routeIds.Add(link.Id)) throw new DataFileException(path, null, $"route '{link.Id}' appears twice");
            if (!agencyIds.Contains(link.Agency)) throw new DataFileException(path, null, $"route '{link.Id}': no agency '{link.Agency}'");
            if (link.Bands.Count == 0) throw new DataFileException(path, null, $"route '{link.Id}': at least one frequency band");
            foreach (var band in link.Bands) band.Check(path, $"route '{link.Id}'");
            foreach (var days in link.Bands.GroupBy(b => b.Days))
            {
                var ordered = days.OrderBy(b => b.StartSeconds).ToList();
                for (int i = 1; i < ordered.Count; i++)
                {
                    if (ordered[i].StartSeconds < ordered[i - 1].EndSeconds)
                        throw new DataFileException(path, null, $"route '{link.Id}': bands {ordered[i - 1].Start}–{ordered[i - 1].End} and {ordered[i].Start}–{ordered[i].End} overlap");
                }
            }
        }
        if (!agencyIds.Contains(Rail.Agency)) throw new DataFileException(path, null, $"rail: no agency '{Rail.Agency}'");
        foreach (var pattern in Rail.Patterns) pattern.Band.Check(path, $"rail template '{pattern.TemplateTrip}'");
        OnDemandZones?.Check(path);
        foreach (var holiday in BankHolidays)
        {
            if (holiday.Date < Feed.StartDate || holiday.Date > Feed.EndDate)
                throw new DataFileException(path, null, $"bank holiday {holiday.Date:yyyy-MM-dd} lies outside the feed period");
        }
    }
}
