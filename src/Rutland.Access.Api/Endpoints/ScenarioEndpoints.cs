using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Rutland.Access.Api.Http;
using Rutland.Access.Data;
using Rutland.Access.Scenarios;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Api.Endpoints;

public static class ScenarioEndpoints
{
    public const string Method =
        "Origins are the equity report's: every populated 200 m cell of the population surface (LSOA mid-2020 residents, 65+ from " +
        "the same estimates, spread over residential land), so the baseline is the report's county. County figures are over every " +
        "cell's residents; an LSOA's are its cells' weighted as the report weighs them (drive: mean over residents with a route; PT: " +
        "the median resident's median), then its nearest destination. Most deprived = the county's worst local IMD 2019 quintile. Drive: free-flow minutes to the nearest destination of each " +
        "scenario, one reverse search per destination (configured hospitals cached, new sites searched once per request). " +
        "PT: median minutes over a 180-minute window from 'departure' (default 07:00 on the engine's default date) to the nearest destination; a scenario that " +
        "changes routes is measured on a derived timetable and network, never the base. Every resident is counted: 'within' gives " +
        "residents and shares of all residents within each cutoff (DfT JTS destination indicator), residentsWithoutTime those with " +
        "no route or no PT median; mean and median are population-weighted over everyone, no time (and any longer time) counted " +
        "at noTimeCountedAsMinutes (180, the JTS 07:00-10:00 window), so losing service never shortens them. Flags are the equity report's (EquityFlagRules, default thresholds). Differences are " +
        "scenario minus baseline; opening hours are stored with a scenario but do not change these figures.";

    private static readonly Dictionary<string, bool> FormatJsonOrGpkg = new() { ["json"] = false, ["gpkg"] = true };

    public static IEndpointRouteBuilder MapScenarioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/scenarios").WithTags("Scenarios")
            .AddEndpointFilter<QueryExceptionFilter>().AddEndpointFilter<ScenarioExceptionFilter>()
            .WithMetadata(new AcceptedQueryParameters());

        group.MapPost("/compare", Compare)
            .WithName("CompareScenarios")
            .WithSummary("Baseline and each scenario: residents within each cutoff, mean and median minutes to the nearest destination, and the difference vs baseline.")
            .WithDescription("Body: {\"scenarios\": [...], \"cutoffs\": [15,30,45,60], \"departure\": \"2025-09-02T07:00\", \"uncertainty\": false} " +
                             "(departure optional: the PT window's start). Query format: json (default) or gpkg (a GeoPackage: one LSOA layer per " +
                             "scenario, baseline first, with the change vs baseline)." + ServiceDates.Description + AssumptionsDto.Description)
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
        group.MapDelete("/{id}", Delete)
            .WithName("DeleteScenario")
            .WithSummary("Removes a saved scenario (204), or 404 when there is none with that id.");
        group.MapGet("/", List)
            .WithName("ListScenarios")
            .WithSummary("Every saved scenario, in id order.");
        return app;
    }

    private static async Task<Results<Ok<CompareResponse>, FileContentHttpResult>> Compare(HttpRequest request, ScenarioPlanner planner, string? format)
    {
        bool gpkg = QueryParser.Enum(format, "format", false, FormatJsonOrGpkg);
        var body = await JsonBody.ReadAsync<CompareRequest>(request);
        // A departure gets the PT endpoints' checks (422 OUTSIDE_SERVICE_PERIOD naming 'departure'); its window is the default one.
        // The walker and the modes change who travels how; without any of them the planner's own (cached) question is used.
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var walker = WalkerParser.Parse(body.Profile, body.WalkSpeedKmh?.ToString(invariant), body.MaxWalkMeters?.ToString(invariant));
        var pt = body.Departure is null && body.Modes is null ? planner.PtQuery
            : PtQueryParser.Parse(planner.Engine, body.Departure, null, null, null, null, null, null, null, body.Modes);
        pt = pt?.For(walker);
        var aborted = request.HttpContext.RequestAborted;
        var comparison = planner.Compare(body.Scenarios, body.Cutoffs, pt, cancellationToken: aborted);
        var day = pt is null ? null : ServiceDates.Describe(planner.Engine.Transit, pt);
        var uncertainty = body.Uncertainty ? ScenarioUncertainty.Compare(planner, body.Scenarios, body.Cutoffs, pt, comparison, aborted) : null;
        var response = new CompareResponse(comparison.Cutoffs, comparison.Baseline, comparison.Scenarios, Method, planner.Engine.Provenance,
            pt is null ? null : PtWindowDto.Of(pt), day?.TimetableModelled, day?.ServiceOnDate, day?.FeedsInForce ?? [], day?.Warnings ?? [], day?.Feeds ?? [],
            walker, uncertainty is null ? null : ScenarioUncertaintyDto.Of(uncertainty));
        return gpkg ? ScenarioGeoPackage.Write(response, planner.Engine) : TypedResults.Ok(response);
    }

    private static async Task<Ok<BestSitesResponse>> BestSites(HttpRequest request, ScenarioPlanner planner)
    {
        var body = await JsonBody.ReadAsync<BestSitesRequest>(request);
        if ((body.Candidates is null) == (body.Grid is null))
            throw QueryParser.Bad("Give either 'candidates' (a list of {lat, lon}) or 'grid' ({spacingMeters}), not both or neither.");
        var candidates = body.Grid is { } grid
            ? SiteGrid.Over(planner.Engine.Equity.Lsoa11Boundaries, grid.SpacingMeters)
            : body.Candidates!.Select((c, i) => Candidate(planner, c, i)).ToArray();
        var result = BestSiteSearch.Run(planner, candidates, body.K, body.Objective, body.Cutoffs, request.HttpContext.RequestAborted);
        var why = result.Chosen.Count > 0
            ? result.Chosen.Select((c, i) => Explain(c, i, result.Objective)).ToArray()
            : [NoWinner(result)];
        return TypedResults.Ok(new BestSitesResponse(result, why, GreedyBound, Method, planner.Engine.Provenance));
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

    /// <summary>Why a pick won, in the objective's own units first, then who gets a nearer destination.</summary>
    private static string Explain(SiteChoice c, int pick, SiteObjective objective)
    {
        var biggest = c.LsoasFaster.OrderBy(l => l.DriveMinutesChange).Take(5)
            .Select(l => FormattableString.Invariant($"{l.Name} {l.DriveMinutesSecond:F1}→{l.DriveMinutesFirst:F1} min"));
        string gain = objective == SiteObjective.MaximiseDeprivedWithin30
            ? FormattableString.Invariant($"brings {c.Gain:F0} residents of the most deprived quintile within {BestSiteSearch.CoverageMinutes:F0} minutes' drive")
            : FormattableString.Invariant($"saves {c.PersonMinutesSaved:F0} person-minutes of driving");
        return FormattableString.Invariant($"Pick {pick + 1}: {c.Site.Id} ({c.Site.Location}) {gain}: {c.ResidentsFaster} residents ") +
            FormattableString.Invariant($"({c.DeprivedResidentsFaster} in the most deprived quintile) in {c.LsoasFaster.Count} LSOAs get a nearer destination — ") +
            string.Join(", ", biggest) + (c.LsoasFaster.Count > 5 ? ", ..." : "") + ".";
    }

    private static string NoWinner(BestSiteResult result) => result.Objective == SiteObjective.MaximiseDeprivedWithin30
        ? FormattableString.Invariant($"No site is chosen: none of the {result.CandidatesEvaluated} candidates brings any resident of the most deprived quintile within {BestSiteSearch.CoverageMinutes:F0} minutes' drive who is not already within it.")
        : FormattableString.Invariant($"No site is chosen: none of the {result.CandidatesEvaluated} candidates gives any resident a nearer destination.");

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
        // Whole seconds: every store keeps them exactly, so GET returns what PUT answered, byte for byte.
        var now = clock.GetUtcNow();
        var saved = new SavedScenario(id, scenario, now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
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

    private static async Task<NoContent> Delete(string id, IScenarioStore store, CancellationToken cancellationToken)
    {
        RequireId(id);
        return await store.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : throw QueryParser.NotFound($"No saved scenario '{id}'. List them at /api/v1/scenarios.");
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

    /// <summary>
    /// <c>departure</c>: window start (ISO local time) of the PT figures, default 07:00 on the engine's default date;
    /// <c>modes</c>: bus,rail,ondemand (default all); profile (default, lessMobile) or walkSpeedKmh/maxWalkMeters: who walks
    /// the public-transport legs; <c>uncertainty</c>: also every assumption level (<see cref="AssumptionsDto"/>).
    /// </summary>
    public sealed record CompareRequest(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<int>? Cutoffs = null, string? Departure = null,
        string? Modes = null, string? Profile = null, double? WalkSpeedKmh = null, double? MaxWalkMeters = null, bool Uncertainty = false);

    /// <summary>The PT figures' window and service date facts as on every PT answer (<see cref="ServiceDates"/>); null without a timetable.</summary>
    public sealed record CompareResponse(IReadOnlyList<int> Cutoffs, ScenarioFigures Baseline, IReadOnlyList<ScenarioOutcome> Scenarios,
        string Method, IReadOnlyList<DatasetProvenance> Provenance, PtWindowDto? PtWindow, bool? TimetableModelled, bool? ServiceOnDate, IReadOnlyList<string> FeedsInForce,
        IReadOnlyList<PtWarning> Warnings, IReadOnlyList<Routing.TransitFeedSummary> Feeds, WalkingProfile Walker,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScenarioUncertaintyDto? Uncertainty = null);

    /// <summary>Each assumption level's figures (drive and PT to the nearest, flags) for the baseline and each scenario, and
    /// the robustness of the baseline's flags and of each scenario's flags, gains and losses.</summary>
    public sealed record ScenarioUncertaintyDto(AssumptionsDto Assumptions, IReadOnlyList<ScenarioLevelDto> Levels,
        IReadOnlyList<Analysis.FlagRobustness> BaselineFlags, IReadOnlyList<ScenarioUncertainty.ScenarioFlags> Scenarios)
    {
        public static ScenarioUncertaintyDto Of(ScenarioUncertainty u) => new(AssumptionsDto.Of(u.Assumptions),
            u.Levels.Select(l => new ScenarioLevelDto(l.Name, l.Values, LevelFiguresDto.Of(l.Comparison.Baseline),
                l.Comparison.Scenarios.Select(o => new LevelOutcomeDto(LevelFiguresDto.Of(o.Figures), o.VersusBaseline.Drive, o.VersusBaseline.Pt,
                    o.VersusBaseline.FlagsGained, o.VersusBaseline.FlagsLost)).ToArray())).ToArray(),
            u.BaselineFlags, u.Scenarios);
    }

    public sealed record ScenarioLevelDto(Analysis.AssumptionLevel Level, IReadOnlyDictionary<string, double> Values, LevelFiguresDto Baseline,
        IReadOnlyList<LevelOutcomeDto> Scenarios);

    /// <summary>A baseline's or scenario's county figures and flags at one level (its LSOA rows are in the central answer).</summary>
    public sealed record LevelFiguresDto(string Name, ModeFigures Drive, ModeFigures? Pt, IReadOnlyList<Equity.EquityFlag>? Flags)
    {
        public static LevelFiguresDto Of(ScenarioFigures f) => new(f.Name, f.Drive, f.Pt, f.Flags);
    }

    public sealed record LevelOutcomeDto(LevelFiguresDto Figures, ModeFigures DriveVersusBaseline, ModeFigures? PtVersusBaseline,
        IReadOnlyList<Equity.EquityFlag> FlagsGained, IReadOnlyList<Equity.EquityFlag> FlagsLost);
}
