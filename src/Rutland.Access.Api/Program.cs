using System.Text.Json.Serialization;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Endpoints;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Scenarios;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiHardening();

// Data locations: configuration (Data:Inputs / Data:Authored, or --Data:Inputs=...) over RUTLAND_ACCESS_DATA over defaults.
// Data:TransitFeeds (env Data__TransitFeeds): ';'-separated GTFS zips/folders and CIF files; default the modelled feed + rail CIF.
var engineOptions = new EngineOptions(builder.Configuration["Data:Inputs"], builder.Configuration["Data:Authored"],
    builder.Configuration["Data:TransitFeeds"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
builder.Services.AddSingleton(_ => AccessEngineLoader.Load(engineOptions));
builder.Services.AddSingleton(sp => new ScenarioPlanner(sp.GetRequiredService<AccessEngine>()));
builder.Services.AddSingleton(_ => ScenarioStoreOptions.Create(builder.Configuration, builder.Environment.ContentRootPath));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp => new InteropLayers(sp.GetRequiredService<AccessEngine>()));
builder.Services.AddProblemDetails();
// Typed query parameters and the document's description (src/Rutland.Access.Api/OpenApi/), checked by `make openapi-lint`.
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiDocumentDescription>().AddOperationTransformer<TypedQueryParameters>());
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
    // Answers always write numbers as numbers; strict handling says so in the OpenAPI document (the web default, which
    // also reads numbers from strings, typed every number "number or string"). Bodies are read with their own options.
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    // Times of day as scenarios are written ("08:00"), so a saved scenario reads back as it was sent.
    o.SerializerOptions.Converters.Add(new HourMinuteJsonConverter());
});

var app = builder.Build();

// Load and check everything before accepting requests: a bad file stops start-up with its name and line.
var engine = app.Services.GetRequiredService<AccessEngine>();
app.Logger.LogInformation("Data loaded in {Milliseconds:F0} ms: {Counts}", engine.Report.LoadTime.TotalMilliseconds,
    string.Join(", ", engine.Report.Counts.Select(c => $"{c.Key}={c.Value}")));
foreach (var note in engine.Report.Notes) app.Logger.LogWarning("{Note}", note);
// The default equity analysis (a PT matrix from every populated cell) starts once the server is listening: /health is
// ready at once, and the first equity answers find it kept. Equity:WarmOnStart=false leaves it to the first request.
if (app.Configuration.GetValue("Equity:WarmOnStart", true))
    app.Lifetime.ApplicationStarted.Register(() => _ = EquityQuery.WarmDefault(engine));

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseApiHardening();
// The web map (built from web/ into wwwroot by `make web`) at /.
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "docs";
    o.SwaggerEndpoint("/openapi/v1.json", "Rutland Access v1");
});

// Every endpoint honours its query parameters or rejects unknown ones (QueryParameterCheck): none is silently ignored,
// so every operation documents its 400 problem.
var api = app.MapGroup("").AddEndpointFilterFactory(QueryParameterCheck.Factory).ProducesProblem(StatusCodes.Status400BadRequest);
api.MapHealthEndpoints();
api.MapDestinationsEndpoints();
api.MapPlacesEndpoints();
api.MapTravelTimeEndpoints();
api.MapJourneyEndpoints();
api.MapIsochroneEndpoints();
api.MapBoundariesEndpoints();
api.MapBasemapEndpoints();
api.MapEquityEndpoints();
api.MapScenarioEndpoints();
api.MapTransitEndpoints();
api.MapOgcEndpoints();
api.MapTileEndpoints();

app.Run();

public partial class Program;
