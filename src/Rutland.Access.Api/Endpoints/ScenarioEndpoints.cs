using Microsoft.AspNetCore.Http.HttpResults;
using Rutland.Access.Api.Http;
using Rutland.Access.Data;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Api.Endpoints;

public static class ScenarioEndpoints
{
    public const string Method =
        "Each LSOA is one origin at its population-weighted centroid with its mid-2020 population (65+ from the same estimates); " +
        "most deprived = the county's worst local IMD 2019 quintile. Drive: free-flow minutes to the nearest destination of each " +
        "scenario, one reverse search per destination (configured hospitals cached, new sites searched once per request). " +
        "Mean and median are population-weighted over residents with a route. Differences are scenario minus baseline.";

    public static IEndpointRouteBuilder MapScenarioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/scenarios").WithTags("Scenarios")
            .AddEndpointFilter<QueryExceptionFilter>().AddEndpointFilter<ScenarioExceptionFilter>();

        group.MapPost("/compare", Compare)
            .WithName("CompareScenarios")
            .WithSummary("Baseline and each scenario: residents within each cutoff, mean and median minutes to the nearest destination, and the difference vs baseline.")
            .Accepts<CompareRequest>("application/json");
        group.MapPut("/{id}", Save)
            .WithName("SaveScenario")
            .WithSummary("Saves (or replaces) a scenario under an id after checking that it applies.")
            .Accepts<Scenario>("application/json");
        group.MapGet("/{id}", Get)
            .WithName("GetScenario")
            .WithSummary("One saved scenario.");
        group.MapGet("/", List)
            .WithName("ListScenarios")
            .WithSummary("Every saved scenario, in id order.");
        return app;
    }

    private static async Task<Ok<CompareResponse>> Compare(HttpRequest request, ScenarioPlanner planner)
    {
        var body = await JsonBody.ReadAsync<CompareRequest>(request);
        var comparison = planner.Compare(body.Scenarios, body.Cutoffs);
        return TypedResults.Ok(new CompareResponse(comparison.Cutoffs, comparison.Baseline, comparison.Scenarios, Method, planner.Engine.Provenance));
    }

    private static async Task<Results<Created<SavedScenario>, Ok<SavedScenario>>> Save(string id, HttpRequest request,
        ScenarioPlanner planner, IScenarioStore store, TimeProvider clock)
    {
        RequireId(id);
        var scenario = await JsonBody.ReadAsync<Scenario>(request);
        planner.Apply(scenario);
        var saved = new SavedScenario(id, scenario, clock.GetUtcNow());
        return await store.SaveAsync(saved, request.HttpContext.RequestAborted)
            ? TypedResults.Created($"/api/v1/scenarios/{id}", saved)
            : TypedResults.Ok(saved);
    }

    private static async Task<Ok<SavedScenario>> Get(string id, IScenarioStore store, CancellationToken cancellationToken)
    {
        RequireId(id);
        return TypedResults.Ok(await store.GetAsync(id, cancellationToken)
                               ?? throw QueryParser.NotFound($"No saved scenario '{id}'. List them at /api/v1/scenarios."));
    }

    private static async Task<Ok<IReadOnlyList<SavedScenario>>> List(IScenarioStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    private static void RequireId(string id)
    {
        if (!ScenarioIds.IsValid(id)) throw QueryParser.Bad($"Scenario id '{id}' must be {ScenarioIds.Rule}.");
    }

    public sealed record CompareRequest(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<int>? Cutoffs = null);

    public sealed record CompareResponse(IReadOnlyList<int> Cutoffs, ScenarioFigures Baseline, IReadOnlyList<ScenarioOutcome> Scenarios,
        string Method, IReadOnlyList<DatasetProvenance> Provenance);
}
