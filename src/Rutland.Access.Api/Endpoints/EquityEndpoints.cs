using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Interop;
using Rutland.Access.Routing;

namespace Rutland.Access.Api.Endpoints;

public static class EquityEndpoints
{
    internal static readonly Dictionary<string, bool> ReportFormats = new() { ["json"] = false, ["csv"] = true };

    public static IEndpointRouteBuilder MapEquityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/equity").WithTags("Equity").AddEndpointFilter<QueryExceptionFilter>()
            .WithMetadata(EquityQuery.Parameters);
        group.MapGet("/lsoas", GetLsoas)
            .WithName("GetEquityLsoas")
            .ProducesGeoJson()
            .WithSummary("LSOAs (2011) as GeoJSON: IMD 2019, population (all, 65+, 75+), drive and PT times to each hospital and the nearest, and flags with their evidence. format=geojson|gpkg.")
            .WithDescription(EquityQuery.Description + AssumptionsDto.Description);
        group.MapGet("/wards", GetWards)
            .WithName("GetEquityWards")
            .ProducesGeoJson()
            .WithSummary("Wards (2022) as GeoJSON with population-weighted access figures aggregated from LSOAs by area overlay. format=geojson|gpkg.")
            .WithDescription(EquityQuery.Description + AssumptionsDto.Description);
        group.MapGet("/report", GetReport)
            .WithName("GetEquityReport")
            .ProducesAnswers([typeof(EquityReportResponse)], "text/csv")
            .WithSummary("The ranked gaps between the most and least deprived fifths, access by IMD quintile, the PT concentration index, county figures, " +
                         "the county's residents aged 75+ by PT for the default and the lessMobile walker side by side, and every flag. format=json|csv.")
            .WithDescription(EquityQuery.Description + AssumptionsDto.Description);
        return app;
    }

    private static IResult GetLsoas(AccessEngine engine, HttpRequest request, string? format) =>
        QueryParser.Enum(format, "format", false, GeoPackageFile.Formats)
            ? GeoPackageFile.Of(LsoasGeoJson(engine, request), "equity-lsoas", LsoaLayerTitle, LsoaLayerDescription, NativeCrs.BritishNationalGrid)
            : LsoasGeoJson(engine, request);

    internal const string LsoaLayerTitle = "Equity: LSOAs (2011)";
    internal const string LsoaLayerDescription = "LSOA polygons with IMD 2019, population, drive and PT times to each hospital and the nearest, and flags.";
    internal const string WardLayerTitle = "Equity: wards (2022)";
    internal const string WardLayerDescription = "Ward polygons with population-weighted access figures aggregated from LSOAs by area overlay.";

    internal static GeoJsonResult LsoasGeoJson(AccessEngine engine, HttpRequest request)
    {
        var (result, meta) = EquityQuery.Run(engine, request);
        var uncertainty = Uncertainty(engine, request, result);
        var robustness = uncertainty?.Flags.ToLookup(f => f.LsoaCode);
        var flags = result.Report.Flags.ToLookup(f => f.LsoaCode);
        var figures = result.Report.Lsoas.ToDictionary(f => f.AreaCode);
        var imd = engine.Equity.Imd2019ByLsoa11.ToDictionary(d => d.LsoaCode);
        var quintiles = result.Report.ByImdQuintile.SelectMany(q => q.LsoaCodes.Select(c => (c, q.Quintile))).ToDictionary(x => x.c, x => x.Quintile);
        var access = result.Access.ToDictionary(a => a.LsoaCode);
        // Origins are population-surface cells (or LSOA centroids): a pair is estimated for the LSOA when any origin's is.
        var lsoaOf = engine.PopulationOrigins.ToDictionary(o => o.Cell.Id, o => o.Cell.LsoaCode);
        string Lsoa(string from) => lsoaOf.GetValueOrDefault(from, from);
        var ptEstimated = result.Pt.Where(r => r.Estimated).Select(r => (Lsoa(r.From), r.To)).ToHashSet();
        var driveEstimated = result.Drive.Where(r => r.Estimated).Select(r => (Lsoa(r.From), r.To)).ToHashSet();
        return new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json => WriteMeta(json, meta, uncertainty));
            foreach (var area in engine.Equity.Lsoa11Boundaries)
            {
                var d = imd[area.Code];
                var a = access[area.Code];
                var f = figures[area.Code];
                writer.WriteFeature(BritishNationalGrid.ToWgs84(area.Bng), area.Code, json => JsonMembers.Write(json, new LsoaEquityProperties(
                    area.Code, area.Name, result.WardShares.MajorityWard(area.Code).WardCode,
                    d.ImdScore, d.Imd.Rank, d.Imd.Decile, quintiles[area.Code], d.GeographicalBarriers.Rank, d.GeographicalBarriers.Decile,
                    f.Population, f.Aged65Plus, f.Aged75Plus,
                    a.DriveMinutes.ToDictionary(kv => kv.Key, kv => Round(kv.Value)), Round(a.NearestDriveMinutes),
                    a.DriveMinutes.ToDictionary(kv => kv.Key, kv => driveEstimated.Contains((area.Code, kv.Key))),
                    a.PublicTransport.ToDictionary(kv => kv.Key, kv => PtAccessDto.Of(kv.Value, ptEstimated.Contains((area.Code, kv.Key)))),
                    Round(a.NearestPtMinutes), a.HasNoPtJourney, f.DriveToNearest, f.PtToNearest,
                    flags[area.Code].Select(x => x.Code).ToArray(),
                    flags[area.Code].ToDictionary(x => x.Code, x => x.Evidence),
                    meta.Window.ServiceDate, meta.Window.Start, meta.Window.End, meta.Window.Minutes, meta.TimetableModelled,
                    uncertainty is null ? null : LsoaUncertaintyDto.Of(uncertainty, area.Code, robustness![area.Code]))));
            }
            writer.WriteEndFeatureCollection();
        });
    }

    /// <summary>All three assumption levels when the request asks for them (<see cref="AssumptionsDto.Parameter"/>), else null.</summary>
    private static EquityUncertainty? Uncertainty(AccessEngine engine, HttpRequest request, EquityAnalysis.Result central) =>
        AssumptionsDto.Parse(request.Query[AssumptionsDto.Parameter].FirstOrDefault())
            ? EquityUncertainty.Compute(engine, central.Query, central.Report.Thresholds, central)
            : null;

    private static void WriteMeta(Utf8JsonWriter json, EquityQuery.Meta meta, EquityUncertainty? uncertainty)
    {
        meta.Write(json);
        if (uncertainty is null) return;
        json.WritePropertyName("assumptions");
        JsonSerializer.Serialize(json, AssumptionsDto.Of(uncertainty.Assumptions), JsonMembers.Options);
    }

    private static IResult GetWards(AccessEngine engine, HttpRequest request, string? format) =>
        QueryParser.Enum(format, "format", false, GeoPackageFile.Formats)
            ? GeoPackageFile.Of(WardsGeoJson(engine, request), "equity-wards", WardLayerTitle, WardLayerDescription, NativeCrs.BritishNationalGrid)
            : WardsGeoJson(engine, request);

    internal static GeoJsonResult WardsGeoJson(AccessEngine engine, HttpRequest request)
    {
        var (result, meta) = EquityQuery.Run(engine, request);
        var uncertainty = Uncertainty(engine, request, result);
        var figures = result.Report.Wards.ToDictionary(f => f.AreaCode);
        return new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json => WriteMeta(json, meta, uncertainty));
            foreach (var ward in engine.Equity.WardBoundaries)
            {
                var f = figures[ward.Code];
                writer.WriteFeature(BritishNationalGrid.ToWgs84(ward.Bng), ward.Code, json => JsonMembers.Write(json, new WardEquityProperties(
                    ward.Code, ward.Name, Math.Round(f.Population, 1), Math.Round(f.Aged65Plus, 1), Math.Round(f.Aged75Plus, 1),
                    f.DriveByDestination, f.DriveToNearest, f.PtByDestination, f.PtToNearest, f.PtToNearestAged65Plus, f.PtToNearestAged75Plus,
                    Math.Round(f.ResidentsWithNoPtJourney, 1), f.ShareWithNoPtJourney is { } share ? Math.Round(share, 3) : null,
                    meta.Window.ServiceDate, meta.Window.Start, meta.Window.End, meta.Window.Minutes, meta.TimetableModelled,
                    uncertainty?.Levels.Select(l => WardLevelDto.Of(l, ward.Code)).ToArray())));
            }
            writer.WriteEndFeatureCollection();
        });
    }

    private static IResult GetReport(AccessEngine engine, HttpRequest request, string? format)
    {
        bool csv = QueryParser.Enum(format, "format", false, ReportFormats);
        if (csv && AssumptionsDto.Parse(request.Query[AssumptionsDto.Parameter].FirstOrDefault()))
            throw QueryParser.Bad("'uncertainty=true' is answered in JSON only: the CSV holds the ranked gaps of the central level.");
        var (result, meta) = EquityQuery.Run(engine, request);
        var report = result.Report;
        var day = meta.ServiceDay;
        if (csv)
        {
            if (PtWarning.HeaderValue(day.Warnings) is { } warnings) request.HttpContext.Response.Headers[PtWarning.Header] = warnings;
            return TypedResults.Text(GapsCsv(report, meta), "text/csv; charset=utf-8");
        }
        return TypedResults.Ok(new EquityReportResponse(meta.Method, meta.Window, meta.TimetableModelled, day.ServiceOnDate, day.FeedsInForce,
            day.Warnings, day.Feeds, meta.Provenance,
            report.RankedGaps.Select(g => new GapDto(g.Measure, Math.Round(g.GapMinutes, 1), Math.Round(g.MostDeprivedFifthMinutes, 1),
                Math.Round(g.LeastDeprivedFifthMinutes, 1), Math.Round(g.MostDeprivedFifthWithoutTime, 1), Math.Round(g.LeastDeprivedFifthWithoutTime, 1),
                Round3(g.MostDeprivedFifthShareWithoutTime), Round3(g.LeastDeprivedFifthShareWithoutTime), g.NoTimeCountedAsMinutes, g.Describe())).ToArray(),
            report.ByImdQuintile, report.PtConcentration, report.County, report.Flags, report.Thresholds,
            OlderResidentsByWalker.Compute(engine, result, report.Thresholds, request.HttpContext.RequestAborted),
            Uncertainty(engine, request, result) is { } uncertainty ? EquityUncertaintyDto.Of(uncertainty) : null));
    }

    /// <summary>The ranked gaps, each row carrying what a reader needs to quote it: the cap behind the means, the shares
    /// without a time, and the window, date and whether the timetable is modelled.</summary>
    private static string GapsCsv(EquityReport report, EquityQuery.Meta meta)
    {
        var sb = new StringBuilder("rank,measure,gap_minutes,most_deprived_fifth_minutes,least_deprived_fifth_minutes,most_deprived_without_time," +
                                   "least_deprived_without_time,most_deprived_share_without_time,least_deprived_share_without_time," +
                                   "no_time_counted_as_minutes,service_date,window_start,window_end,window_minutes,timetable_modelled\n");
        int rank = 1;
        foreach (var g in report.RankedGaps)
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"{rank++},{g.Measure},{g.GapMinutes:F1},{g.MostDeprivedFifthMinutes:F1},{g.LeastDeprivedFifthMinutes:F1},{g.MostDeprivedFifthWithoutTime:F0},{g.LeastDeprivedFifthWithoutTime:F0}," +
                $"{g.MostDeprivedFifthShareWithoutTime:F3},{g.LeastDeprivedFifthShareWithoutTime:F3},{g.NoTimeCountedAsMinutes:F0}," +
                $"{meta.Window.ServiceDate:yyyy-MM-dd},{meta.Window.Start:yyyy-MM-ddTHH:mm},{meta.Window.End:yyyy-MM-ddTHH:mm},{meta.Window.Minutes}," +
                $"{(meta.TimetableModelled ? "true" : "false")}\n"));
        return sb.ToString();
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 1) : null;

    private static double? Round3(double? v) => v is { } x ? Math.Round(x, 3) : null;

    /// <summary>One LSOA–hospital PT answer as the equity layer shows it: the same qualifiers as travel-times.</summary>
    /// <summary>
    /// An LSOA's public transport to one destination over its residents: the median resident's median minutes, the
    /// population-weighted share of the window with a journey, and whether any resident's journey uses an estimated walk.
    /// The shares of residents within each cutoff are in the area's figures (ptByDestination).
    /// </summary>
    public sealed record PtAccessDto(double? P50Minutes, double ShareOfWindowReachable, bool Reachable, bool Estimated)
    {
        public static PtAccessDto Of(PtAccess access, bool estimated) =>
            new(Round(access.P50Minutes), Math.Round(access.ShareOfWindowReachable, 3), access.ShareOfWindowReachable > 0, estimated);
    }

    public sealed record LsoaEquityProperties(string Code, string Name, string Ward, double ImdScore, int ImdRank, int ImdDecile,
        int ImdLocalQuintile, int GeographicalBarriersRank, int GeographicalBarriersDecile, double Population, double Aged65Plus,
        double Aged75Plus, IReadOnlyDictionary<string, double?> DriveMinutes, double? DriveNearestMinutes,
        IReadOnlyDictionary<string, bool> DriveEstimated, IReadOnlyDictionary<string, PtAccessDto> Pt, double? PtNearestMinutes,
        bool NoPtJourney, AccessSummary DriveNearest, AccessSummary PtNearest, string[] Flags,
        IReadOnlyDictionary<string, IReadOnlyList<FlagEvidence>> FlagEvidence,
        DateOnly ServiceDate, DateTime WindowStart, DateTime WindowEnd, int WindowMinutes, bool TimetableModelled,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LsoaUncertaintyDto? Uncertainty = null);

    /// <summary>An LSOA at each assumption level (nearest drive and PT minutes, flags) and its flags' robustness.</summary>
    public sealed record LsoaUncertaintyDto(IReadOnlyList<LsoaLevelDto> Levels, IReadOnlyList<FlagRobustness> Flags)
    {
        public static LsoaUncertaintyDto Of(EquityUncertainty u, string lsoa, IEnumerable<FlagRobustness> flags) => new(
            u.Levels.Select(l =>
            {
                var access = l.Result.Access.Single(a => a.LsoaCode == lsoa);
                return new LsoaLevelDto(l.Name, Round(access.NearestDriveMinutes), Round(access.NearestPtMinutes), access.HasNoPtJourney,
                    l.Result.Report.Flags.Where(f => f.LsoaCode == lsoa).Select(f => f.Code).ToArray());
            }).ToArray(),
            flags.ToArray());
    }

    public sealed record LsoaLevelDto(AssumptionLevel Level, double? DriveNearestMinutes, double? PtNearestMinutes, bool NoPtJourney, string[] Flags);

    /// <summary>A ward's figures to the nearest hospital at one assumption level.</summary>
    public sealed record WardLevelDto(AssumptionLevel Level, AccessSummary DriveNearest, AccessSummary PtNearest, double ResidentsWithNoPtJourney)
    {
        public static WardLevelDto Of(EquityUncertainty.Level level, string ward)
        {
            var f = level.Result.Report.Wards.Single(w => w.AreaCode == ward);
            return new WardLevelDto(level.Name, f.DriveToNearest, f.PtToNearest, Math.Round(f.ResidentsWithNoPtJourney, 1));
        }
    }

    /// <summary>A ward's figures, every resident counted (<see cref="AccessSummary"/>), with the window and date they cover.</summary>
    public sealed record WardEquityProperties(string Code, string Name, double Population, double Aged65Plus, double Aged75Plus,
        IReadOnlyDictionary<string, AccessSummary> DriveByDestination, AccessSummary DriveNearest,
        IReadOnlyDictionary<string, AccessSummary> PtByDestination, AccessSummary PtNearest,
        AccessSummary PtNearestAged65Plus, AccessSummary PtNearestAged75Plus, double ResidentsWithNoPtJourney, double? ShareWithNoPtJourney,
        DateOnly ServiceDate, DateTime WindowStart, DateTime WindowEnd, int WindowMinutes, bool TimetableModelled,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WardLevelDto>? Uncertainty = null);

    public sealed record GapDto(string Measure, double GapMinutes, double MostDeprivedFifthMinutes, double LeastDeprivedFifthMinutes,
        double MostDeprivedFifthWithoutTime, double LeastDeprivedFifthWithoutTime, double? MostDeprivedFifthShareWithoutTime,
        double? LeastDeprivedFifthShareWithoutTime, double NoTimeCountedAsMinutes, string Description);

    public sealed record EquityReportResponse(string Method, PtWindowDto Window, bool TimetableModelled, bool ServiceOnDate,
        IReadOnlyList<string> FeedsInForce, IReadOnlyList<PtWarning> Warnings, IReadOnlyList<TransitFeedSummary> Feeds,
        IReadOnlyList<Data.DatasetProvenance> Provenance, IReadOnlyList<GapDto> RankedGaps, IReadOnlyList<ImdQuintileAccess> ByImdQuintile,
        PtConcentration PtConcentration, AreaAccessFigures County, IReadOnlyList<EquityFlag> Flags, EquityThresholds Thresholds,
        IReadOnlyList<OlderResidentsByWalker.Figures> OlderResidentsByWalker,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EquityUncertaintyDto? Uncertainty = null);

    /// <summary>Each assumption level's county figures, PT concentration and flags, and each flag's robustness across them.</summary>
    public sealed record EquityUncertaintyDto(AssumptionsDto Assumptions, IReadOnlyList<EquityLevelDto> Levels, IReadOnlyList<FlagRobustness> Flags)
    {
        public static EquityUncertaintyDto Of(EquityUncertainty u) => new(AssumptionsDto.Of(u.Assumptions),
            u.Levels.Select(l => new EquityLevelDto(l.Name, l.Values, l.Result.Report.County, l.Result.Report.PtConcentration, l.Result.Report.Flags)).ToArray(),
            u.Flags);
    }

    public sealed record EquityLevelDto(AssumptionLevel Level, IReadOnlyDictionary<string, double> Values, AreaAccessFigures County,
        PtConcentration PtConcentration, IReadOnlyList<EquityFlag> Flags);
}
