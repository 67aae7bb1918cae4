namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// One stopping pattern of a route: NaPTAN ATCO codes in outbound order (inbound runs them in reverse) and the
/// departures from the first stop in each direction.
/// </summary>
public sealed record BusRouteVariant(
    string Id,
    IReadOnlyList<string> Stops,
    IReadOnlyList<ServiceBand> Outbound,
    IReadOnlyList<ServiceBand> Inbound);
