using Rutland.Access.Scenarios;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>A scenario using every kind of modification, so a store round trip exercises every JSON shape.</summary>
public static class ScenarioSamples
{
    public static Scenario EveryKind { get; } = new("uppingham-clinic-and-buses",
    [
        new AddDestination("uppingham-sdac", "Uppingham same-day access clinic", 52.5887243, -0.7234249,
            new OpeningHours(new TimeOnly(8, 0), new TimeOnly(20, 0))),
        new RemoveDestination("melton"),
        new AddTransitRoute("shuttle", "Uppingham shuttle", [new RouteStop(Naptan: "268060001"), new RouteStop(Lat: 52.59, Lon: -0.72, Name: "Clinic")],
            30, new TimeOnly(7, 0), new TimeOnly(19, 0), [14.5]),
        new AdjustRouteService("747", HeadwayMinutes: 60, LastDeparture: new TimeOnly(18, 30)),
        new RemoveRoute("9"),
    ]);

    /// <summary>Records compare lists by reference; compare the JSON form instead, which is what the stores keep.</summary>
    public static void AssertSame(Scenario expected, Scenario actual) =>
        Assert.Equal(ScenarioJson.Serialize(expected), ScenarioJson.Serialize(actual));
}
