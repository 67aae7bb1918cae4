using Rutland.Access.Analysis;

namespace Rutland.Access.Api.Http;

/// <summary>
/// One public-transport pair as the API shows it: minutes (median) and percentiles (keys "p25", ...) to 0.1,
/// reachable and the share of the window's departures that reach, the estimate and walk-only flags; the fastest
/// journey's legs when asked for (legs=true), and the appointment answer when arriveBy is given.
/// </summary>
public sealed record PtTravelTimeDto(
    string From, string FromName, string To, string Mode, double? Minutes, IReadOnlyDictionary<string, double?> Percentiles,
    bool Reachable, double ReachableShare, bool Estimated, bool WalkOnly, PtJourney? Journey, PtAppointment? Appointment)
{
    public static PtTravelTimeDto Create(PtTravelTime r, AccessEngine engine) => new(
        r.From, engine.FindPlace(r.From)?.Name ?? r.From, r.To, "pt", Round(r.Minutes),
        r.Percentiles.ToDictionary(p => $"p{p.Key}", p => Round(p.Value)),
        r.Reachable, Math.Round(r.ReachableShare, 3), r.Estimated, r.WalkOnly, r.BestJourney, r.Appointment);

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 1) : null;
}
