namespace Rutland.Access.Transit.Network;

/// <summary>Vehicle type of a route; reported on ride legs so callers can filter or label journeys.</summary>
public enum TransitMode
{
    Bus,
    Rail,
    Tram,
    Ferry,
    Other,
}
