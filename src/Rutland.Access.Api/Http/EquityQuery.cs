using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Data;
using Rutland.Access.Equity;

namespace Rutland.Access.Api.Http;

/// <summary>
/// The equity endpoints' shared query: the public-transport window (as on travel-times) and threshold overrides,
/// and the method and provenance every equity answer carries.
/// </summary>
public static class EquityQuery
{
    public const string Description =
        "PT window: departure (ISO local start, default the feed's typical Tuesday 07:00), window (minutes, default 180), " +
        "maxTransfers, maxWalkMeters, modes (bus,rail,ondemand), profile (default, lessMobile) or walkSpeedKmh. Thresholds: longPtMinutes (60), " +
        "carDependentRatio (3), olderShare75Plus (0.15), olderPtMinutes (45)." + ServiceDates.Description;

    /// <summary>Every query parameter <see cref="Run"/> reads, declared for <see cref="QueryParameterCheck"/>.</summary>
    public static readonly AcceptedQueryParameters Parameters = new("departure", "window", "maxTransfers", "maxWalkMeters", "modes", "profile", "walkSpeedKmh", AssumptionsDto.Parameter,
        "longPtMinutes", "carDependentRatio", "olderShare75Plus", "olderPtMinutes");

    /// <summary>
    /// Bounds of the threshold overrides: minutes 1-600 (ten hours, past any day's journey), a PT/drive ratio 1-100, a
    /// share 0-1.
    /// </summary>
    internal const double MinThresholdMinutes = 1, MaxThresholdMinutes = 600, MinCarDependentRatio = 1, MaxCarDependentRatio = 100,
        MinShare = 0, MaxShare = 1;

    public sealed record Meta(string Method, PtWindowDto Window, PtServiceDay ServiceDay, IReadOnlyList<DatasetProvenance> Provenance)
    {
        public bool TimetableModelled => ServiceDay.TimetableModelled;

        public void Write(Utf8JsonWriter json)
        {
            json.WriteString("method", Method);
            json.WritePropertyName("window");
            JsonSerializer.Serialize(json, Window, JsonMembers.Options);
            ServiceDay.Write(json);
            json.WritePropertyName("provenance");
            JsonSerializer.Serialize(json, Provenance, JsonMembers.Options);
        }
    }

    public static (EquityAnalysis.Result Result, Meta Meta) Run(AccessEngine engine, HttpRequest request) =>
        Run(engine, name => request.Query.TryGetValue(name, out var v) ? v.ToString() : null, request.HttpContext.RequestAborted);

    /// <summary>
    /// The default question's analysis and its less-mobile walker's, computed in the background after start-up, so that
    /// the first equity answers (and the OGC collections built from them) find them kept instead of computing them.
    /// </summary>
    public static Task WarmDefault(AccessEngine engine) => Task.Run(() =>
    {
        var (result, _) = Run(engine, _ => null, CancellationToken.None);
        OlderResidentsByWalker.Compute(engine, result, result.Report.Thresholds, CancellationToken.None);
    });

    private static (EquityAnalysis.Result Result, Meta Meta) Run(AccessEngine engine, Func<string, string?> Q, CancellationToken cancellationToken)
    {
        var query = PtQueryParser.Parse(engine, Q("departure"), Q("window"), null, Q("maxTransfers"), Q("maxWalkMeters"), null, null, null, Q("modes"));
        query = WalkerParser.Apply(query, Q("profile"), Q("walkSpeedKmh"), Q("maxWalkMeters"));
        var defaults = new EquityThresholds();
        var thresholds = defaults with
        {
            LongPtMinutes = Q("longPtMinutes") is { } l ? QueryParser.Double(l, "longPtMinutes", MinThresholdMinutes, MaxThresholdMinutes) : defaults.LongPtMinutes,
            CarDependentRatio = Q("carDependentRatio") is { } r ? QueryParser.Double(r, "carDependentRatio", MinCarDependentRatio, MaxCarDependentRatio) : defaults.CarDependentRatio,
            OlderShare75Plus = Q("olderShare75Plus") is { } s ? QueryParser.Double(s, "olderShare75Plus", MinShare, MaxShare) : defaults.OlderShare75Plus,
            OlderPtMinutes = Q("olderPtMinutes") is { } o ? QueryParser.Double(o, "olderPtMinutes", MinThresholdMinutes, MaxThresholdMinutes) : defaults.OlderPtMinutes,
        };
        var result = EquityAnalysis.Compute(engine, query, thresholds, cancellationToken: cancellationToken);
        var method = "Times start at every populated 200 m cell of the population surface (LSOA residents spread over residential " +
                     "land; figures are weighted by each cell's residents). Deprivation: English IMD 2019 " +
                     "(LSOA 2011), local quintiles of Rutland's 23 LSOAs. Population: ONS mid-2020 by single year of age. " +
                     "Wards (2022): the figures of the cells inside each ward. " +
                     RoadMethod.Describe(engine, Routing.ModeRegistry.Drive) + " " + PtMethod.Describe(engine, query);
        return (result, new Meta(method, PtWindowDto.Of(query), ServiceDates.Describe(engine.Transit, query), engine.Provenance));
    }
}
