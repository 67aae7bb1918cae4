namespace Rutland.Access.Transit.Raptor;

/// <summary>A journey from the origin at <see cref="DepartureSeconds"/> to one destination.</summary>
public sealed record Itinerary(int DepartureSeconds, int ArrivalSeconds, IReadOnlyList<ItineraryLeg> Legs)
{
    /// <summary>Arrival minus departure minute, so initial waiting counts as it does in <see cref="RaptorResult"/>.</summary>
    public int TravelSeconds => ArrivalSeconds - DepartureSeconds;

    public int Rides => Legs.Count(leg => leg is RideLeg);

    public int Transfers => Rides - 1;
}
