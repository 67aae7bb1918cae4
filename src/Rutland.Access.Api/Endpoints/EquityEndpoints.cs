using System.Globalization;
using System.Text;
using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Http;
using Rutland.Access.Equity;
using Rutland.Access.Geo;

namespace Rutland.Access.Api.Endpoints;

public static class EquityEndpoints
{
    public static IEndpointRouteBuilder MapEquityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/equity").WithTags("Equity").AddEndpointFilter<QueryExceptionFilter>()
            .WithMetadata(EquityQuery.Parameters);
        group.MapGet("/lsoas", GetLsoas)
            .WithName("GetEquityLsoas")
            .WithSummary("LSOAs (2011) as GeoJSON: IMD 2019, population (all, 65+, 75+), drive and PT times to each hospital and the nearest, and flags with their evidence.")
            .WithDescription(EquityQuery.Description);
        group.MapGet("/wards", GetWards)
            .WithName("GetEquityWards")
            .WithSummary("Wards (2022) as GeoJSON with population-weighted access figures aggregated from LSOAs by area overlay.")
            .WithDescription(EquityQuery.Description);
        group.MapGet("/report", GetReport)
            .WithName("GetEquityReport")
            .WithSummary("The ranked gaps between the most and least deprived fifths, access by IMD quintile, the PT concentration index, county figures, " +
                         "the county's residents aged 75+ by PT for the default and the lessMobile walker side by side, and every flag. format=json|csv.")
            .WithDescription(EquityQuery.Description);
        return app;
    }

    private static IResult GetLsoas(AccessEngine engine, HttpRequest request)
    {
        var (result, meta) = EquityQuery.Run(engine, request);
        var flags = result.Report.Flags.ToLookup(f => f.LsoaCode);
        var figures = result.Report.Lsoas.ToDictionary(f => f.AreaCode);
        var imd = engine.Equity.Imd2019ByLsoa11.ToDictionary(d => d.LsoaCode);
        var quintiles = result.Report.ByImdQuintile.SelectMany(q => q.LsoaCodes.Select(c => (c, q.Quintile))).ToDictionary(x => x.c, x => x.Quintile);
        var access = result.Access.ToDictionary(a => a.LsoaCode);
        var pt = result.Pt.ToDictionary(r => (r.From, r.To));
        var drive = result.Drive.ToDictionary(r => (r.From, r.To));
        return new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json => meta.Write(json));
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
                    a.DriveMinutes.ToDictionary(kv => kv.Key, kv => drive[(area.Code, kv.Key)].Estimated),
                    a.PublicTransport.ToDictionary(kv => kv.Key, kv => PtAccessDto.Of(pt[(area.Code, kv.Key)])),
                    Round(a.NearestPtMinutes), a.HasNoPtJourney, f.DriveToNearest, f.PtToNearest,
                    flags[area.Code].Select(x => x.Code).ToArray(),
                    flags[area.Code].ToDictionary(x => x.Code, x => x.Evidence),
                    meta.Window.ServiceDate, meta.Window.Start, meta.Window.End, meta.Window.Minutes, meta.TimetableModelled)));
            }
            writer.WriteEndFeatureCollection();
        });
    }

    private static IResult GetWards(AccessEngine engine, HttpRequest request)
    {
        var (result, meta) = EquityQuery.Run(engine, request);
        var figures = result.Report.Wards.ToDictionary(f => f.AreaCode);
        return new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json => meta.Write(json));
            foreach (var ward in engine.Equity.WardBoundaries)
            {
                var f = figures[ward.Code];
                writer.WriteFeature(BritishNationalGrid.ToWgs84(ward.Bng), ward.Code, json => JsonMembers.Write(json, new WardEquityProperties(
                    ward.Code, ward.Name, Math.Round(f.Population, 1), Math.Round(f.Aged65Plus, 1), Math.Round(f.Aged75Plus, 1),
                    f.DriveByDestination, f.DriveToNearest, f.PtByDestination, f.PtToNearest, f.PtToNearestAged65Plus, f.PtToNearestAged75Plus,
                    Math.Round(f.ResidentsWithNoPtJourney, 1), f.ShareWithNoPtJourney is { } share ? Math.Round(share, 3) : null,
                    meta.Window.ServiceDate, meta.Window.Start, meta.Window.End, meta.Window.Minutes, meta.TimetableModelled)));
            }
            writer.WriteEndFeatureCollection();
        });
    }

    private static IResult GetReport(AccessEngine engine, HttpRequest request, string? format)
    {
        bool csv = QueryParser.Enum(format, "format", false, new Dictionary<string, bool> { ["json"] = false, ["csv"] = true });
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
            OlderResidentsByWalker.Compute(engine, result, report.Thresholds, request.HttpContext.RequestAborted)));
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
    public sealed record PtAccessDto(double? P50Minutes, double ShareOfWindowReachable, IReadOnlyDictionary<string, double?> Percentiles,
        bool Reachable, bool WalkOnly, bool Estimated)
    {
        public static PtAccessDto Of(Analysis.PtTravelTime t) => new(Round(t.Minutes), Math.Round(t.ReachableShare, 3),
            t.Percentiles.ToDictionary(p => $"p{p.Key}", p => Round(p.Value)), t.Reachable, t.WalkOnly, t.Estimated);
    }

    public sealed record LsoaEquityProperties(string Code, string Name, string Ward, double ImdScore, int ImdRank, int ImdDecile,
        int ImdLocalQuintile, int GeographicalBarriersRank, int GeographicalBarriersDecile, double Population, double Aged65Plus,
        double Aged75Plus, IReadOnlyDictionary<string, double?> DriveMinutes, double? DriveNearestMinutes,
        IReadOnlyDictionary<string, bool> DriveEstimated, IReadOnlyDictionary<string, PtAccessDto> Pt, double? PtNearestMinutes,
        bool NoPtJourney, AccessSummary DriveNearest, AccessSummary PtNearest, string[] Flags,
        IReadOnlyDictionary<string, IReadOnlyList<FlagEvidence>> FlagEvidence,
        DateOnly ServiceDate, DateTime WindowStart, DateTime WindowEnd, int WindowMinutes, bool TimetableModelled);

    /// <summary>A ward's figures, every resident counted (<see cref="AccessSummary"/>), with the window and date they cover.</summary>
    public sealed record WardEquityProperties(string Code, string Name, double Population, double Aged65Plus, double Aged75Plus,
        IReadOnlyDictionary<string, AccessSummary> DriveByDestination, AccessSummary DriveNearest,
        IReadOnlyDictionary<string, AccessSummary> PtByDestination, AccessSummary PtNearest,
        AccessSummary PtNearestAged65Plus, AccessSummary PtNearestAged75Plus, double ResidentsWithNoPtJourney, double? ShareWithNoPtJourney,
        DateOnly ServiceDate, DateTime WindowStart, DateTime WindowEnd, int WindowMinutes, bool TimetableModelled);

    public sealed record GapDto(string Measure, double GapMinutes, double MostDeprivedFifthMinutes, double LeastDeprivedFifthMinutes,
        double MostDeprivedFifthWithoutTime, double LeastDeprivedFifthWithoutTime, double? MostDeprivedFifthShareWithoutTime,
        double? LeastDeprivedFifthShareWithoutTime, double NoTimeCountedAsMinutes, string Description);

    public sealed record EquityReportResponse(string Method, PtWindowDto Window, bool TimetableModelled, bool ServiceOnDate,
        IReadOnlyList<string> FeedsInForce, IReadOnlyList<PtWarning> Warnings, IReadOnlyList<TransitFeedSummary> Feeds,
        IReadOnlyList<Data.DatasetProvenance> Provenance, IReadOnlyList<GapDto> RankedGaps, IReadOnlyList<ImdQuintileAccess> ByImdQuintile,
        PtConcentration PtConcentration, AreaAccessFigures County, IReadOnlyList<EquityFlag> Flags, EquityThresholds Thresholds,
        IReadOnlyList<OlderResidentsByWalker.Figures> OlderResidentsByWalker);
}
