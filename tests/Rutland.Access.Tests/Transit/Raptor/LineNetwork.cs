using Rutland.Access.Geo;
using Rutland.Access.Transit;
using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Tests.Transit.Raptor;

/// <summary>Terse construction of hand-made networks whose answers can be worked out on paper.</summary>
internal sealed class LineNetwork
{
    public TransitNetworkBuilder Builder { get; } = new();

    public LineNetwork(params string[] stopIds)
    {
        for (int i = 0; i < stopIds.Length; i++) Builder.AddStop(stopIds[i], $"Stop {stopIds[i]}", new LatLon(52.6 + i * 0.01, -0.7));
    }

    public static int At(int hours, int minutes, int seconds = 0) => hours * 3600 + minutes * 60 + seconds;

    /// <summary>A trip calling at (stop, time) pairs, arriving and departing at the same second.</summary>
    public LineNetwork Trip(string tripId, string routeId, params (int Stop, int Seconds)[] calls)
    {
        Builder.AddTrip(tripId, routeId, $"Route {routeId}", TransitMode.Bus, Calls(calls));
        return this;
    }

    public static StopTime[] Calls(params (int Stop, int Seconds)[] calls) =>
        calls.Select(c => new StopTime(c.Stop, c.Seconds, c.Seconds)).ToArray();

    public RaptorRouter Router() => new(Builder.Build());

    public static RaptorRequest Request(int from, int to, int windowStart, int windowEnd) => new()
    {
        Access = [new StopAccess(from, 0)],
        Targets = [[new StopAccess(to, 0)]],
        WindowStartSeconds = windowStart,
        WindowEndSeconds = windowEnd,
    };
}
