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
        var group = app.MapGroup("/api/v1/equity").WithTags("Equity").AddEndpointFilter<QueryExceptionFilter>();
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
                    a.PublicTransport.ToDictionary(kv => kv.Key, kv => new PtAccessDto(Round(kv.Value.P50Minutes), Math.Round(kv.Value.ShareOfWindowReachable, 3))),
                    Round(a.NearestPtMinutes), a.HasNoPtJourney,
                    flags[area.Code].Select(x => x.Code).ToArray(),
                    flags[area.Code].ToDictionary(x => x.Code, x => x.Evidence))));
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
                    f.DriveByDestination.ToDictionary(kv => kv.Key, kv => Round(kv.Value.MeanMinutes)), Round(f.DriveToNearest.MeanMinutes),
                    f.PtByDestination.ToDictionary(kv => kv.Key, kv => Round(kv.Value.MeanMinutes)), Round(f.PtToNearest.MeanMinutes),
                    Math.Round(f.PtToNearest.ResidentsWithoutTime, 1), Math.Round(f.ShareWithNoPtJourney, 3), f.DriveBeyond, f.PtBeyond)));
            }
            writer.WriteEndFeatureCollection();
        });
    }

    private static IResult GetReport(AccessEngine engine, HttpRequest request, string? format)
    {
        bool csv = QueryParser.Enum(format, "format", false, new Dictionary<string, bool> { ["json"] = false, ["csv"] = true });
        var (result, meta) = EquityQuery.Run(engine, request);
        var report = result.Report;
        if (csv) return TypedResults.Text(GapsCsv(report), "text/csv; charset=utf-8");
        return TypedResults.Ok(new EquityReportResponse(meta.Method, meta.Window, meta.TimetableModelled, meta.Provenance,
            report.RankedGaps.Select(g => new GapDto(g.Measure, Math.Round(g.GapMinutes, 1), Math.Round(g.MostDeprivedFifthMinutes, 1),
                Math.Round(g.LeastDeprivedFifthMinutes, 1), Math.Round(g.MostDeprivedFifthWithoutTime, 1), Math.Round(g.LeastDeprivedFifthWithoutTime, 1), g.Describe())).ToArray(),
            report.ByImdQuintile, report.PtConcentration, report.County, report.Flags, report.Thresholds,
            OlderResidentsByWalker.Compute(engine, result, report.Thresholds)));
    }

    private static string GapsCsv(EquityReport report)
    {
        var sb = new StringBuilder("rank,measure,gap_minutes,most_deprived_fifth_minutes,least_deprived_fifth_minutes,most_deprived_without_time,least_deprived_without_time\n");
        int rank = 1;
        foreach (var g in report.RankedGaps)
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"{rank++},{g.Measure},{g.GapMinutes:F1},{g.MostDeprivedFifthMinutes:F1},{g.LeastDeprivedFifthMinutes:F1},{g.MostDeprivedFifthWithoutTime:F0},{g.LeastDeprivedFifthWithoutTime:F0}\n"));
        return sb.ToString();
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 1) : null;

    public sealed record PtAccessDto(double? P50Minutes, double ShareOfWindowReachable);

    public sealed record LsoaEquityProperties(string Code, string Name, string Ward, double ImdScore, int ImdRank, int ImdDecile,
        int ImdLocalQuintile, int GeographicalBarriersRank, int GeographicalBarriersDecile, double Population, double Aged65Plus,
        double Aged75Plus, IReadOnlyDictionary<string, double?> DriveMinutes, double? DriveNearestMinutes,
        IReadOnlyDictionary<string, PtAccessDto> Pt, double? PtNearestMinutes, bool NoPtJourney, string[] Flags,
        IReadOnlyDictionary<string, IReadOnlyList<FlagEvidence>> FlagEvidence);

    public sealed record WardEquityProperties(string Code, string Name, double Population, double Aged65Plus, double Aged75Plus,
        IReadOnlyDictionary<string, double?> DriveMeanMinutes, double? DriveNearestMeanMinutes,
        IReadOnlyDictionary<string, double?> PtMeanMinutes, double? PtNearestMeanMinutes, double ResidentsWithoutPtTime,
        double ShareWithNoPtJourney, IReadOnlyList<ResidentsBeyond> DriveBeyond, IReadOnlyList<ResidentsBeyond> PtBeyond);

    public sealed record GapDto(string Measure, double GapMinutes, double MostDeprivedFifthMinutes, double LeastDeprivedFifthMinutes,
        double MostDeprivedFifthWithoutTime, double LeastDeprivedFifthWithoutTime, string Description);

    public sealed record EquityReportResponse(string Method, PtWindowDto Window, bool TimetableModelled,
        IReadOnlyList<Data.DatasetProvenance> Provenance, IReadOnlyList<GapDto> RankedGaps, IReadOnlyList<ImdQuintileAccess> ByImdQuintile,
        PtConcentration PtConcentration, AreaAccessFigures County, IReadOnlyList<EquityFlag> Flags, EquityThresholds Thresholds,
        IReadOnlyList<OlderResidentsByWalker.Figures> OlderResidentsByWalker);
}
