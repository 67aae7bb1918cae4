using System.Globalization;
using System.Text;
using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Data;

namespace Rutland.Access.Api.Http;

/// <summary>Travel times as CSV (RFC 4180). Provenance goes in a response header so the table stays a plain table.</summary>
public static class TravelTimeCsv
{
    public const string ProvenanceHeader = "X-Data-Provenance";

    public static IResult Write(IReadOnlyList<TravelTimeResult> results, IReadOnlyList<DatasetProvenance> provenance)
    {
        var sb = new StringBuilder("from,to,mode,minutes,distance_km,reachable,estimated,off_network_km,origin_snap_m\n");
        foreach (var r in results)
        {
            sb.Append(Field(r.From)).Append(',').Append(Field(r.To)).Append(',').Append(r.Mode.Name).Append(',')
              .Append(Number(r.Minutes, "F1")).Append(',').Append(Number(r.DistanceKm, "F2")).Append(',')
              .Append(r.Reachable ? "true" : "false").Append(',').Append(r.Estimated ? "true" : "false").Append(',')
              .Append(Number(r.OffNetworkKm, "F2")).Append(',').Append(Number(r.OriginSnapMeters, "F0")).Append('\n');
        }
        return new CsvResult(sb.ToString(), ProvenanceText(provenance), null);
    }

    /// <summary>
    /// Public-transport pairs: every field of the JSON result (nested objects flattened, e.g. <c>percentiles_p50</c>,
    /// <c>appointment_latest_departure</c>) and the <see cref="PtExportContext"/>, in snake_case. Flattening the JSON
    /// itself keeps the columns in step with the JSON. The journeys' legs (legs=true: the best journey and the first
    /// journey home) are lists, not a row: they stay in JSON and GeoJSON.
    /// </summary>
    public static IResult WritePt(IReadOnlyList<PtTravelTimeDto> results, PtExportContext context, IReadOnlyList<DatasetProvenance> provenance,
        IReadOnlyList<PtWarning> warnings)
    {
        var rows = results.Select(r =>
        {
            var cells = new List<(string Column, string Value)>();
            Flatten(JsonSerializer.SerializeToElement(r with { Journey = null, Appointment = r.Appointment is { } a ? a with { FirstJourneyHome = null } : null },
                JsonMembers.Options), "", cells);
            cells.RemoveAll(c => c.Column is JourneyColumn or JourneyHomeColumn);
            Flatten(JsonSerializer.SerializeToElement(context, JsonMembers.Options), "", cells);
            return cells.ToDictionary(c => c.Column, c => c.Value);
        }).ToArray();
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToArray();
        var sb = new StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var row in rows)
            sb.AppendJoin(',', columns.Select(c => Field(row.GetValueOrDefault(c, "")))).Append('\n');
        return new CsvResult(sb.ToString(), ProvenanceText(provenance), PtWarning.HeaderValue(warnings));
    }

    private const string JourneyColumn = "journey", JourneyHomeColumn = "appointment_first_journey_home";

    private static string ProvenanceText(IReadOnlyList<DatasetProvenance> provenance) =>
        string.Join("; ", provenance.Select(p => $"{p.Name} ({p.Vintage}){(p.Modelled ? " MODELLED" : "")}"));

    private static void Flatten(JsonElement e, string path, List<(string, string)> cells)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Flatten(p.Value, path.Length == 0 ? SnakeCase(p.Name) : $"{path}_{SnakeCase(p.Name)}", cells);
                break;
            case JsonValueKind.Null: cells.Add((path, "")); break;
            case JsonValueKind.String: cells.Add((path, e.GetString()!)); break;
            case JsonValueKind.True: cells.Add((path, "true")); break;
            case JsonValueKind.False: cells.Add((path, "false")); break;
            default: cells.Add((path, e.GetRawText())); break;
        }
    }

    /// <summary>"reachableShare" → "reachable_share", the CSV's column style.</summary>
    public static string SnakeCase(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

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
