namespace Rutland.Access.Transit.Modelled;

/// <summary>A modelled bus route (routes.txt) with the published facts it rests on and its stopping patterns.</summary>
public sealed record BusRoute(
    string Id,
    string ShortName,
    string LongName,
    string Agency,
    string Source,
    IReadOnlyList<BusRouteVariant> Variants);
