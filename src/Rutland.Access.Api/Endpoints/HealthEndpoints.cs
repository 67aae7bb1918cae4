using Rutland.Access.Analysis;

namespace Rutland.Access.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (AccessEngine engine) => TypedResults.Ok(new HealthResponse(
                "ok", engine.Report.LoadTime.TotalMilliseconds, engine.Report.Counts, engine.Report.Notes)))
            .WithName("GetHealth")
            .WithSummary("Service status once all data is loaded, with load time, counts and load notes.")
            .WithTags("Service");
        return app;
    }

    public sealed record HealthResponse(string Status, double LoadMilliseconds, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> Notes);
}
