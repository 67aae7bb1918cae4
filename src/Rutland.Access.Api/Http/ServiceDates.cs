using Rutland.Access.Analysis;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Api.Http;

/// <summary>
/// The one rule for service dates on every public-transport endpoint, so that a date is never answered silently:
/// no feed in force is a 422 <see cref="OutsideServicePeriod"/> naming each feed's validity (as OpenTripPlanner's
/// routing error of that name); a feed not in force is a <see cref="FeedOutsideServicePeriod"/> warning; a day
/// without a single trip of the modes asked (on-demand trips included) is a <see cref="NoServiceOnDate"/> warning and
/// <c>serviceOnDate: false</c>.
/// </summary>
public static class ServiceDates
{
    public const string OutsideServicePeriod = "OUTSIDE_SERVICE_PERIOD";
    public const string FeedOutsideServicePeriod = "FEED_OUTSIDE_SERVICE_PERIOD";
    public const string NoServiceOnDate = "NO_SERVICE_ON_DATE";

    /// <summary>The rule as the OpenAPI descriptions of the PT operations state it.</summary>
    public const string Description =
        " Service dates: a date no timetable covers is a 422 problem with code OUTSIDE_SERVICE_PERIOD naming each feed's validity; " +
        "answers carry serviceOnDate, feedsInForce, feeds (with validFrom/validTo) and warnings (FEED_OUTSIDE_SERVICE_PERIOD for " +
        "a feed not in force that day, NO_SERVICE_ON_DATE when no trip of the modes asked runs at all); CSV answers put the warnings in the X-Warnings header.";

    /// <summary>Problem type URI of <see cref="OutsideServicePeriod"/>; stable, as is the <c>code</c> member.</summary>
    public const string OutsideServicePeriodType = "urn:rutland-access:problem:outside-service-period";

    /// <summary>
    /// Refuses a date no feed covers (422 <see cref="OutsideServicePeriod"/>), then one the router cannot represent
    /// (see <see cref="DepartureParser.RequireRoutable"/>). <paramref name="field"/> is the parameter that gave the
    /// date; null for the default date.
    /// </summary>
    public static void Require(AccessEngine engine, DateOnly date, int windowEndSeconds, string? field)
    {
        var coverage = engine.Transit.ServicePeriods.On(date);
        if (!coverage.AnyInForce)
        {
            var feeds = engine.Transit.Feeds;
            string what = field is null ? "The default date" : $"'{field}'";
            string suggestion = engine.Transit.DefaultDate is { } d ? $" Choose a date within one, e.g. {d:yyyy-MM-dd} (the default)." : "";
            throw new QueryException(TypedResults.Problem(
                $"{what} {date:yyyy-MM-dd} is outside the service period of every timetable: " +
                string.Join("; ", feeds.Select(f => $"{f.Id} ({f.Format}) {Validity(f)}")) + "." + suggestion,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Outside the timetables' service period",
                type: OutsideServicePeriodType,
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = OutsideServicePeriod,
                    ["field"] = field,
                    ["date"] = date,
                    ["feeds"] = feeds.Select(f => new FeedValidity(f.Id, f.Format, f.ValidFrom, f.ValidTo)).ToArray(),
                    ["defaultServiceDate"] = engine.Transit.DefaultDate,
                }));
        }
        DepartureParser.RequireRoutable(date, windowEndSeconds, field ?? "departure");
    }

    /// <summary>The service-date facts and warnings for an answer to <paramref name="query"/> (its date and modes).</summary>
    public static PtServiceDay Describe(PublicTransport pt, PtQuery query)
    {
        var (date, modes) = (query.Date, query.Modes);
        var coverage = pt.ServicePeriods.On(date);
        var byId = pt.Feeds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var warnings = coverage.NotInForce.Select(f => new PtWarning(FeedOutsideServicePeriod,
            $"Timetable '{f.FeedId}' ({byId[f.FeedId].Format}) is valid {Validity(byId[f.FeedId])} and not in force on {date:yyyy-MM-dd}: " +
            "none of its trips are used for this answer.", f.FeedId)).ToList();
        bool service = coverage.ServiceOnDateFor((modes & PtModes.Bus) != 0, (modes & PtModes.Rail) != 0, (modes & PtModes.OnDemand) != 0);
        if (!service)
        {
            var inForce = coverage.InForce.ToArray();
            int removed = inForce.Sum(f => f.ServicesRemovedOnDate);
            string what = modes == PtModes.All ? "public-transport trip" : $"trip of the modes asked ({PtModeNames.Describe(modes)})";
            string why = removed > 0
                ? $"the calendar of {string.Join(", ", inForce.Where(f => f.ServicesRemovedOnDate > 0).Select(f => f.FeedId))} removes " +
                  $"{removed} service(s) that day (calendar_dates.txt: a bank holiday or other exception)"
                : $"the timetables in force ({string.Join(", ", inForce.Select(f => f.FeedId))}) run none on {date.DayOfWeek}s";
            string others = coverage.ServiceOnDate ? " Services the 'modes' asked for leave out do run that day." : "";
            warnings.Add(new PtWarning(NoServiceOnDate,
                $"No {what} runs on {date.DayOfWeek} {date:yyyy-MM-dd}: {why}.{others} Every public-transport figure for " +
                "that day is a walk alone or unreachable: 'reachable: false' means no service that day, not no route."));
        }
        return new PtServiceDay(service, [.. coverage.InForce.Select(f => f.FeedId)], warnings, pt.Feeds);
    }

    private static string Validity(TransitFeedSummary feed) =>
        feed.ValidFrom is { } from && feed.ValidTo is { } to ? $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}" : "with no service dates";

    public sealed record FeedValidity(string Id, string Format, DateOnly? ValidFrom, DateOnly? ValidTo);
}
