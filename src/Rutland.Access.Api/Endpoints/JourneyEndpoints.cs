using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Geo;
using Rutland.Access.Places;
using Rutland.Access.Roads;
using Rutland.Access.Routing;

namespace Rutland.Access.Api.Endpoints;

public static class JourneyEndpoints
{
    public static IEndpointRouteBuilder MapJourneyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/journey").WithTags("Journeys").AddEndpointFilter<QueryExceptionFilter>()
            .MapGet("/", Get)
            .WithName("GetJourney")
            .ProducesAnswers([typeof(JourneyResponse), typeof(PtJourneyResponse)])
            .WithSummary("One itinerary from a place id or 'lat,lon' to a destination id or 'lat,lon', with legs and their lines.")
            .WithDescription("mode: " + string.Join(", ", ModeRegistry.All.Select(m => m.Name)) + " (default drive). mode=pt: departure (ISO local time, default 07:00 on the feed's busiest Tuesday), " +
                             "or arriveBy (ISO local time: the latest journey that arrives by then, leaving within the 'window' minutes before it, default 180, max 360), " +
                             "maxTransfers, maxWalkMeters, modes (bus,rail,ondemand). " + WalkerParser.Description + ServiceDates.Description);
        return app;
    }

    private static IResult Get(AccessEngine engine, string? from, string? to, string? mode, string? departure, string? arriveBy, string? window,
        string? maxTransfers, string? maxWalkMeters, string? modes, string? profile, string? walkSpeedKmh, CancellationToken cancellationToken)
    {
        var travelMode = QueryParser.Enum(mode, "mode", ModeRegistry.Default, ModeRegistry.ByName);
        if (!travelMode.Timetabled && departure is not null) DepartureParser.Parse(departure, "departure");
        if (!travelMode.Timetabled)
        {
            WalkerParser.RefuseUnlessPt(profile, walkSpeedKmh);
            QueryParser.RejectGiven($"to mode=pt: {travelMode.Name} times are free-flow, the same at any time of day", ("arriveBy", arriveBy), ("window", window));
        }
        if (window is not null && arriveBy is null)
            throw QueryParser.Bad("'window' goes with 'arriveBy' (how long before it a journey may leave); a journey from 'departure' leaves then.");
        var (fromPoint, fromId) = ResolveOrigin(engine, from ?? throw QueryParser.Bad("'from' is required: a place id or 'lat,lon'."));
        var (toPoint, destination) = ResolveDestination(engine, to ?? throw QueryParser.Bad("'to' is required: a destination id or 'lat,lon'."));
        if (travelMode.Timetabled)
            return PublicTransport(engine, new PtPoint(fromId ?? fromPoint.ToString(), fromPoint),
                new PtPoint(destination?.Id ?? toPoint.ToString(), toPoint), new PtJourneyTime(departure, arriveBy, window), maxTransfers, maxWalkMeters,
                modes, profile, walkSpeedKmh, cancellationToken);

        var journey = engine.PlanRoad(travelMode, fromPoint, toPoint, destination);
        if (journey is null)
            throw QueryParser.Unprocessable($"No {travelMode.Name} route exists from {fromPoint}: it is more than {SnapPolicy.MaxOriginSnapMeters} m from " +
                                            $"the {travelMode.Profile.Name} network or cut off from it.");
        return TypedResults.Ok(new JourneyResponse(travelMode.Name, fromId, fromPoint.Lat, fromPoint.Lon, destination?.Id, toPoint.Lat, toPoint.Lon,
            Math.Round(journey.Minutes, 1), Math.Round(journey.DistanceKm, 2), journey.Estimated, Math.Round(journey.OffNetworkKm, 2),
            Math.Round(journey.OriginSnapMeters, 0),
            journey.Legs.Select(l => new LegDto(l.Mode, Math.Round(l.Minutes, 1), Math.Round(l.DistanceKm, 2), l.Estimated,
                l.Line.Select(p => new[] { Math.Round(p.Lon, 6), Math.Round(p.Lat, 6) }).ToArray())).ToArray(),
            RoadMethod.Describe(engine, travelMode), engine.Provenance));
    }

    /// <summary>When a public-transport journey is asked for: leaving at 'departure', or arriving by 'arriveBy' within 'window'.</summary>
    private sealed record PtJourneyTime(string? Departure, string? ArriveBy, string? Window);

    /// <summary>
    /// The journey leaving at the departure minute (waiting at the first stop included), or with arriveBy the latest
    /// departure in the window before it whose journey arrives in time (the travel-time answer's latest departure);
    /// unreachable is an answer.
    /// </summary>
    private static IResult PublicTransport(AccessEngine engine, PtPoint from, PtPoint to, PtJourneyTime time, string? maxTransfers,
        string? maxWalkMeters, string? modes, string? profile, string? walkSpeedKmh, CancellationToken cancellationToken)
    {
        var query = WalkerParser.Apply(PtQueryParser.Parse(engine, time.Departure, time.ArriveBy is null ? OneMinute : time.Window, null,
            maxTransfers, maxWalkMeters, time.ArriveBy, null, "true", modes), profile, walkSpeedKmh, maxWalkMeters);
        var answer = PtMatrix.Compute(engine.Transit, [from], [to], query, cancellationToken).Single();
        var journey = answer.BestJourney;
        var day = ServiceDates.Describe(engine.Transit, query);
        var window = PtWindowDto.Of(query);
        bool arriving = query.ArriveBySeconds is not null;
        return TypedResults.Ok(new PtJourneyResponse("pt", from.Id, from.Location.Lat, from.Location.Lon, to.Id, to.Location.Lat,
            to.Location.Lon, arriving ? journey?.Departure : window.Start, arriving ? window.End : null, arriving ? window.Start : null,
            journey is not null, journey is null ? null : Math.Round(journey.Minutes, 1),
            journey?.Estimated ?? false, answer.WalkOnly, journey?.Arrival, journey?.Legs ?? [], PtMethod.Describe(engine, query),
            day.TimetableModelled, day.ServiceOnDate, day.FeedsInForce, day.Warnings, day.Feeds));
    }

    /// <summary>A journey from 'departure' is one departure minute: a window of one.</summary>
    private const string OneMinute = "1";

    private static (LatLon Point, string? Id) ResolveOrigin(AccessEngine engine, string value)
    {
        if (engine.FindPlace(value) is { } place) return (place.Location, place.Id);
        if (!value.Contains(','))
            throw QueryParser.NotFound($"Unknown place id '{value}'. List places at /api/v1/places, or give 'lat,lon'.");
        return (QueryParser.Point(value, "from"), null);
    }

    private static (LatLon Point, Destination? Destination) ResolveDestination(AccessEngine engine, string value)
    {
        if (engine.FindDestination(value) is { } d) return (d.Location, d);
        if (!value.Contains(','))
            throw QueryParser.NotFound($"Unknown destination id '{value}'. Known: {string.Join(", ", engine.Destinations.Select(x => x.Id))}; or give 'lat,lon'.");
        return (QueryParser.Point(value, "to"), null);
    }

    public sealed record JourneyResponse(string Mode, string? From, double FromLat, double FromLon, string? To, double ToLat, double ToLon,
        double Minutes, double DistanceKm, bool Estimated, double OffNetworkKm, double OriginSnapMeters, IReadOnlyList<LegDto> Legs,
        string Method, IReadOnlyList<DatasetProvenance> Provenance);

    /// <summary>
    /// A public-transport journey: legs walk/bus/rail with stop names and ids and local ISO times; reachable false when none
    /// leaves then (with arriveBy: none leaves from <c>earliestDeparture</c> on and arrives by <c>arriveBy</c>), and
    /// <c>serviceOnDate</c> false (with a warning) when nothing runs that day at all. With arriveBy, <c>departure</c> is the
    /// journey's own, and null when none arrives in time (no time is offered as a departure that gets nowhere).
    /// </summary>
    public sealed record PtJourneyResponse(string Mode, string From, double FromLat, double FromLon, string To, double ToLat, double ToLon,
        DateTime? Departure, DateTime? ArriveBy, DateTime? EarliestDeparture, bool Reachable, double? Minutes, bool Estimated, bool WalkOnly, DateTime? Arrival, IReadOnlyList<PtLeg> Legs,
        string Method, bool TimetableModelled, bool ServiceOnDate, IReadOnlyList<string> FeedsInForce, IReadOnlyList<PtWarning> Warnings,
        IReadOnlyList<TransitFeedSummary> Feeds);

    /// <summary>A leg; <c>coordinates</c> is a GeoJSON LineString's [lon, lat] positions.</summary>
    public sealed record LegDto(string Mode, double Minutes, double DistanceKm, bool Estimated, double[][] Coordinates);
}
