namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// One stopping pattern of a route. <see cref="Via"/>: NaPTAN ATCO codes of the stops the facts place it at, in
/// outbound order; inbound runs them in reverse unless <see cref="InboundVia"/> names its own (for a pair of stops
/// beyond the road extract, where the side of the road cannot be told from the path); the bus also calls at every stop on its road path between them
/// (<see cref="StopsAlongPath"/>). <see cref="OsmRelations"/>: the OSM route relations whose ways the path follows
/// (none: the quickest road). The departures from the first stop in each direction are the bands.
/// </summary>
public sealed record BusRouteVariant(
    string Id,
    IReadOnlyList<string> Via,
    IReadOnlyList<ServiceBand> Outbound,
    IReadOnlyList<ServiceBand> Inbound,
    IReadOnlyList<long>? OsmRelations = null,
    IReadOnlyList<string>? InboundVia = null);
