using Rutland.Access.Analysis;

namespace Rutland.Access.Api.Http;

/// <summary>One pair as the API shows it: minutes to 0.1, kilometres to 0.01, the estimate flag and its off-network km.</summary>
public sealed record TravelTimeDto(
    string From, string FromName, string To, string Mode, double? Minutes, double? DistanceKm,
    bool Reachable, bool Estimated, double OffNetworkKm, double? OriginSnapMeters)
{
    public static TravelTimeDto Create(TravelTimeResult r, AccessEngine engine) => new(
        r.From, engine.FindPlace(r.From)?.Name ?? r.From, r.To, r.Mode.Name,
        Round(r.Minutes, 1), Round(r.DistanceKm, 2), r.Reachable, r.Estimated, Round(r.OffNetworkKm, 2)!.Value,
        Round(r.OriginSnapMeters, 0));

    private static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits) : null;
}
