using Rutland.Access.Analysis;
using Rutland.Access.Routing;

namespace Rutland.Access.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (AccessEngine engine) => TypedResults.Ok(new HealthResponse(
                "ok", engine.Report.LoadTime.TotalMilliseconds, engine.Report.Counts, engine.Report.Notes, engine.Transit.Feeds,
                engine.Transit.DefaultDate)))
            .WithName("GetHealth")
            .WithSummary("Service status once all data is loaded, with load time, counts, load notes, and each timetable with its validity (validFrom..validTo).")
            .WithTags("Service");
        return app;
    }

    /// <summary><c>defaultServiceDate</c> is the date public-transport answers use when no departure is given.</summary>
    public sealed record HealthResponse(string Status, double LoadMilliseconds, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> Notes,
        IReadOnlyList<TransitFeedSummary> TransitFeeds, DateOnly? DefaultServiceDate);
}
