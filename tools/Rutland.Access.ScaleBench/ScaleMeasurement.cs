namespace Rutland.Access.ScaleBench;

/// <summary>One size's measured figures (one line of the results file).</summary>
public sealed record ScaleMeasurement
{
    public int TilesPerSide { get; init; }
    public int Tiles => TilesPerSide * TilesPerSide;
    public int Nodes { get; init; }
    public int Edges { get; init; }
    /// <summary>Rutland's car graph from the PBF (the real builder), the same at every size: the tile.</summary>
    public double PbfGraphMs { get; init; }
    /// <summary>Tiling and compressed-row assembly of the simulated graph.</summary>
    public double GraphBuildMs { get; init; }
    public double GraphBuildCpuMs { get; init; }
    public double RssAfterGraphMb { get; init; }
    public int SearchRuns { get; init; }
    public double DijkstraOneToAllMs { get; init; }
    public double DijkstraOneToAllCpuMs { get; init; }
    public double ChBuildMs { get; init; }
    /// <summary>Processor time of the build (all threads): what the machine's other jobs cannot inflate.</summary>
    public double ChBuildCpuMs { get; init; }
    public long Shortcuts { get; init; }
    public double ChMb { get; init; }
    public double PhastOneToAllMs { get; init; }
    public double PhastOneToAllCpuMs { get; init; }
    public double MeanUpwardSearchSpace { get; init; }
    /// <summary>Node times compared between Dijkstra and CH (whole one-to-all trees and random pairs), and the largest difference.</summary>
    public long ComparedTimes { get; init; }
    public double MaxDifferenceSeconds { get; init; }
    public int Origins { get; init; }
    public int Destinations { get; init; }
    public double ManyToManyMs { get; init; }
    public double ManyToManyCpuMs { get; init; }
    /// <summary>Destinations × the measured Dijkstra search's processor time: the engine's drive matrix, one reverse search per destination.</summary>
    public double DijkstraManyToManyEstimateCpuMs { get; init; }
    public double PeakRssMb { get; init; }
    public int Cores { get; init; }
    public string LoadAverage { get; init; } = "";
}
