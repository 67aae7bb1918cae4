using Rutland.Access.Routing;

namespace Rutland.Access.Api.Http;

/// <summary>
/// What a public-transport JSON answer says once for all pairs — the service date, the departure window, its limits and
/// whether the timetable is modelled — repeated on every CSV row and GeoJSON feature, so an exported row read on its own
/// still says when it applies and that its bus times are modelled.
/// </summary>
public sealed record PtExportContext(DateOnly ServiceDate, DateTime WindowStart, DateTime WindowEnd, int WindowMinutes, int MaxTransfers,
    double MaxWalkMeters, bool TimetableModelled)
{
    public static PtExportContext Of(PtQuery query, bool timetableModelled)
    {
        var w = PtWindowDto.Of(query);
        return new(w.ServiceDate, w.Start, w.End, w.Minutes, w.MaxTransfers, w.MaxWalkMeters, timetableModelled);
    }
}
