using Rutland.Access.Transit.Network;

namespace Rutland.Access.Transit.Raptor;

/// <summary>One leg of an <see cref="Itinerary"/>; waiting between legs is implicit in the gaps between their times.</summary>
public abstract record ItineraryLeg(int StartSeconds, int EndSeconds)
{
    public int DurationSeconds => EndSeconds - StartSeconds;
}

/// <summary>Walk from the origin to the first boarding stop, leaving at the departure minute.</summary>
public sealed record AccessWalkLeg(int ToStop, int StartSeconds, int EndSeconds) : ItineraryLeg(StartSeconds, EndSeconds);

public sealed record RideLeg(string RouteId, string RouteName, TransitMode Mode, string TripId,
    int BoardStop, int AlightStop, int BoardSeconds, int AlightSeconds) : ItineraryLeg(BoardSeconds, AlightSeconds);

/// <summary>Walk between stops after alighting; the minimum transfer slack is waited at <see cref="ToStop"/>.</summary>
public sealed record TransferLeg(int FromStop, int ToStop, int StartSeconds, int EndSeconds) : ItineraryLeg(StartSeconds, EndSeconds);

public sealed record EgressWalkLeg(int FromStop, int StartSeconds, int EndSeconds) : ItineraryLeg(StartSeconds, EndSeconds);

/// <summary>An on-demand ride (booked ahead) between two stops of a zone: from the walk-reached stop into RAPTOR, or out of it.</summary>
public sealed record FlexRideLeg(string TripId, int FromStop, int ToStop, int StartSeconds, int EndSeconds) : ItineraryLeg(StartSeconds, EndSeconds);
