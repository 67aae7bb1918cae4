using Rutland.Access.Geo;

namespace Rutland.Access.Analysis;

/// <summary>A drive from a point to a destination, split into the on-network leg and (if any) the estimated off-network leg.</summary>
public sealed record DriveJourney(double Minutes, double DistanceKm, bool Estimated, double OffNetworkKm, double OriginSnapMeters,
    IReadOnlyList<JourneyLeg> Legs);

/// <summary>One leg of a journey with its line in WGS84; <see cref="Estimated"/> legs are straight-line estimates.</summary>
public sealed record JourneyLeg(string Mode, double Minutes, double DistanceKm, bool Estimated, IReadOnlyList<LatLon> Line);
