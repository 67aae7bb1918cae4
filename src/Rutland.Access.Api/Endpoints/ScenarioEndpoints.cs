using Microsoft.AspNetCore.Http.HttpResults;
using Rutland.Access.Api.Http;
using Rutland.Access.Data;
using Rutland.Access.Scenarios;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Api.Endpoints;

public static class ScenarioEndpoints
{
    public const string Method =
        "Each LSOA is one origin at its population-weighted centroid with its mid-2020 population (65+ from the same estimates); " +
        "most deprived = the county's worst local IMD 2019 quintile. Drive: free-flow minutes to the nearest destination of each " +
        "scenario, one reverse search per destination (configured hospitals cached, new sites searched once per request). " +
        "PT: median minutes over the engine's default departure window and date to the nearest destination; a scenario that " +
        "changes routes is measured on a derived timetable and network, never the base. Mean and median are population-weighted " +
        "over residents with a time. Flags are the equity report's (EquityFlagRules, default thresholds). Differences are " +
        "scenario minus baseline; opening hours are stored with a scenario but do not change these figures.";

    public static IEndpointRouteBuilder MapScenarioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/scenarios").WithTags("Scenarios")
            .AddEndpointFilter<QueryExceptionFilter>().AddEndpointFilter<ScenarioExceptionFilter>();

        group.MapPost("/compare", Compare)
            .WithName("CompareScenarios")
            .WithSummary("Baseline and each scenario: residents within each cutoff, mean and median minutes to the nearest destination, and the difference vs baseline.")
            .Accepts<CompareRequest>("application/json");
        group.MapPost("/best-sites", BestSites)
            .WithName("FindBestSites")
            .WithSummary("Ranks candidate sites (a list, or a grid over the county) and picks the best k greedily, with the (1 − 1/e) bound.")
            .WithDescription("objective: minimiseMeanDrive (person-minutes of driving saved) or maximiseDeprivedWithin30 (most deprived " +
                             "residents brought within 30 minutes). Exact for k = 1.")
            .Accepts<BestSitesRequest>("application/json");
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
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var walker = WalkerParser.Parse(body.Profile, body.WalkSpeedKmh?.ToString(invariant), body.MaxWalkMeters?.ToString(invariant));
        var comparison = planner.Compare(body.Scenarios, body.Cutoffs, walker);
        return TypedResults.Ok(new CompareResponse(comparison.Cutoffs, comparison.Baseline, comparison.Scenarios, Method, planner.Engine.Provenance,
            walker));
    }

    private static async Task<Ok<BestSitesResponse>> BestSites(HttpRequest request, ScenarioPlanner planner)
    {
        var body = await JsonBody.ReadAsync<BestSitesRequest>(request);
        if ((body.Candidates is null) == (body.Grid is null))
            throw QueryParser.Bad("Give either 'candidates' (a list of {lat, lon}) or 'grid' ({spacingMeters}), not both or neither.");
        var candidates = body.Grid is { } grid
            ? SiteGrid.Over(planner.Engine.Equity.Lsoa11Boundaries, grid.SpacingMeters)
            : body.Candidates!.Select((c, i) => Candidate(planner, c, i)).ToArray();
        var result = BestSiteSearch.Run(planner, candidates, body.K, body.Objective, body.Cutoffs);
        return TypedResults.Ok(new BestSitesResponse(result, result.Chosen.Select(Explain).ToArray(), GreedyBound, Method, planner.Engine.Provenance));
    }

    private static SiteCandidate Candidate(ScenarioPlanner planner, CandidatePoint point, int index)
    {
        string id = point.Id ?? $"candidate-{index + 1}";
        var location = new Geo.LatLon(point.Lat, point.Lon);
        ScenarioPoints.RequireInStudyArea(location, $"candidate '{id}'");
        if (!planner.IsOnRoadNetwork(location))
            throw QueryParser.Unprocessable($"candidate '{id}' ({location}) is more than {Roads.SnapPolicy.MaxSnapMeters} m from the road network.");
        return new SiteCandidate(id, location);
    }

    private static string Explain(SiteChoice c, int pick)
    {
        var biggest = c.LsoasFaster.OrderBy(l => l.DriveMinutesChange).Take(5)
            .Select(l => FormattableString.Invariant($"{l.Name} {l.DriveMinutesSecond:F1}→{l.DriveMinutesFirst:F1} min"));
        return FormattableString.Invariant(
            $"Pick {pick + 1}: {c.Site.Id} ({c.Site.Location}) saves {c.PersonMinutesSaved:F0} person-minutes of driving: {c.ResidentsFaster} residents ") +
            FormattableString.Invariant($"({c.DeprivedResidentsFaster} in the most deprived quintile) in {c.LsoasFaster.Count} LSOAs get a nearer destination — ") +
            string.Join(", ", biggest) + (c.LsoasFaster.Count > 5 ? ", ..." : "") + ".";
    }

    public const string GreedyBound =
        "Both objectives are weighted facility-location functions (monotone, submodular), so the greedy set's value is at least " +
        "(1 − 1/e) ≈ 63% of the best set of k candidates (Nemhauser, Wolsey & Fisher 1978); for k = 1 every candidate is evaluated, " +
        "so the pick is exact. optimumAtMost is a tighter bound for this data: the greedy value plus the k largest remaining gains.";

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

    public sealed record CandidatePoint(double Lat, double Lon, string? Id = null);

    public sealed record GridRequest(double SpacingMeters);

    public sealed record BestSitesRequest(IReadOnlyList<CandidatePoint>? Candidates = null, GridRequest? Grid = null, int K = 1,
        SiteObjective Objective = SiteObjective.MinimiseMeanDrive, IReadOnlyList<int>? Cutoffs = null);

    public sealed record BestSitesResponse(BestSiteResult Result, IReadOnlyList<string> Why, string Bound, string Method,
        IReadOnlyList<DatasetProvenance> Provenance);

    /// <summary>Profile (default, lessMobile) or walkSpeedKmh/maxWalkMeters: who walks the public-transport legs.</summary>
    public sealed record CompareRequest(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<int>? Cutoffs = null, string? Profile = null,
        double? WalkSpeedKmh = null, double? MaxWalkMeters = null);

    public sealed record CompareResponse(IReadOnlyList<int> Cutoffs, ScenarioFigures Baseline, IReadOnlyList<ScenarioOutcome> Scenarios,
        string Method, IReadOnlyList<DatasetProvenance> Provenance, WalkingProfile Walker);
}
