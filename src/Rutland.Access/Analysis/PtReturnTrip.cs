using Rutland.Access.Routing;
using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>
/// Journeys home after an appointment: one range search from the destination, leaving any minute from the end of the
/// appointment until <see cref="PtDefaults.ReturnDeadlineSeconds"/>, to every origin at once.
/// </summary>
public static class PtReturnTrip
{
    /// <summary>Whether a journey home exists, its first arrival and the last departure that still gets home (null when walking home).</summary>
    public readonly record struct Home(bool Reachable, int? FirstArrivalSeconds, int? LastDepartureSeconds);

    public static Home[] Search(PublicTransport pt, ServiceDayNetwork day, PtPoint destination,
        IReadOnlyList<PtPoint> origins, IReadOnlyList<IReadOnlyList<WalkLink>> walksToOrigins, int leaveFromSeconds, PtQuery query,
        CancellationToken cancellationToken = default)
    {
        var homes = new Home[origins.Count];
        if (leaveFromSeconds >= PtDefaults.ReturnDeadlineSeconds) return homes;
        var walk = pt.Walking.FromOrigin(destination.Location, query.MaxWalkMeters, query.WalkSpeedKmh, [.. origins.Select(o => o.Location)]);
        RaptorResult? result = null;
        if (walk.Stops.Count > 0)
        {
            var request = query.Request(PtMatrix.StopAccesses(walk.Stops), [.. walksToOrigins.Select(PtMatrix.StopAccesses)],
                leaveFromSeconds, PtDefaults.ReturnDeadlineSeconds);
            result = day.Router.Search(request, cancellationToken);
        }
        for (int o = 0; o < origins.Count; o++)
        {
            if (walk.Direct[o] is { } onFoot)
                homes[o] = new Home(true, leaveFromSeconds + onFoot.Seconds, null);
            else if (result is not null && LastDepartureInEveryDraw(result, o) is { } last)
                homes[o] = new Home(true, result.EarliestArrival(o), last);
        }
        return homes;
    }

    /// <summary>The latest departure minute from which home is reached whatever the phase of irregular services.</summary>
    private static int? LastDepartureInEveryDraw(RaptorResult result, int target)
    {
        var samples = result.TravelTimes(target);
        for (int minute = result.MinuteCount - 1; minute >= 0; minute--)
        {
            bool everyDraw = true;
            for (int draw = 0; draw < result.DrawCount && everyDraw; draw++)
                everyDraw = samples[draw * result.MinuteCount + minute] != RaptorResult.Unreachable;
            if (everyDraw) return result.DepartureSeconds[minute];
        }
        return null;
    }
}
