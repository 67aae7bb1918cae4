using System.Globalization;
using System.Text;
using Rutland.Access.Analysis;
using Rutland.Access.Data;

namespace Rutland.Access.Api.Http;

/// <summary>Travel times as CSV (RFC 4180). Provenance goes in a response header so the table stays a plain table.</summary>
public static class TravelTimeCsv
{
    public const string ProvenanceHeader = "X-Data-Provenance";

    public static IResult Write(IReadOnlyList<TravelTimeResult> results, IReadOnlyList<DatasetProvenance> provenance,
        IReadOnlyList<PtWarning>? warnings = null)
    {
        var sb = new StringBuilder("from,to,mode,minutes,distance_km,reachable,estimated,off_network_km,origin_snap_m\n");
        foreach (var r in results)
        {
            sb.Append(Field(r.From)).Append(',').Append(Field(r.To)).Append(',').Append(r.Mode.ToString().ToLowerInvariant()).Append(',')
              .Append(Number(r.Minutes, "F1")).Append(',').Append(Number(r.DistanceKm, "F2")).Append(',')
              .Append(r.Reachable ? "true" : "false").Append(',').Append(r.Estimated ? "true" : "false").Append(',')
              .Append(Number(r.OffNetworkKm, "F2")).Append(',').Append(Number(r.OriginSnapMeters, "F0")).Append('\n');
        }
        return new CsvResult(sb.ToString(), string.Join("; ", provenance.Select(p => $"{p.Name} ({p.Vintage}){(p.Modelled ? " MODELLED" : "")}")),
            warnings is null ? null : PtWarning.HeaderValue(warnings));
    }

    private static string Number(double? v, string format) => v?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    private static string Field(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{s.Replace("\"", "\"\"")}\"" : s;

    private sealed class CsvResult(string body, string provenance, string? warnings) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            // Header values must be ASCII: provenance text carries ©.
            context.Response.Headers[ProvenanceHeader] = Uri.EscapeDataString(provenance);
            if (warnings is not null) context.Response.Headers[PtWarning.Header] = warnings;
            return context.Response.WriteAsync(body);
        }
    }
}
