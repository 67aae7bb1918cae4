namespace Rutland.Access.Batch.Output;

/// <summary>
/// One origin–destination answer of the travel-time matrix. <see cref="Window"/> is null for drive (free-flow
/// times, the same at any hour). For public transport <see cref="Minutes"/> is the median over the window and
/// <see cref="ReachableShare"/> the share of departure minutes that arrive; unreachable pairs have no minutes.
/// </summary>
public sealed class MatrixRow
{
    public string Origin { get; set; } = "";
    public string Destination { get; set; } = "";
    public string Mode { get; set; } = "";
    public string? Window { get; set; }
    public double? Minutes { get; set; }
    public double? DistanceKm { get; set; }
    public bool Reachable { get; set; }
    public double? ReachableShare { get; set; }
    /// <summary>Part of the trip is estimated off the network (beyond the OSM extract, or a walk off the footpaths).</summary>
    public bool Estimated { get; set; }
    public double OffNetworkKm { get; set; }
    public double? OriginSnapMeters { get; set; }
}
