namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// A range query from one origin to one or more destinations. Walking legs come precomputed from the street
/// graph; a journey must include at least one ride (direct walking is the caller's to compare).
/// </summary>
public sealed record RaptorRequest
{
    public const int DefaultWindowStartSeconds = 7 * 3600;
    public const int DefaultWindowEndSeconds = 10 * 3600;

    /// <summary>Stops reachable on foot from the origin.</summary>
    public required IReadOnlyList<StopAccess> Access { get; init; }

    /// <summary>One egress set per destination; a matrix row of N destinations is a single search.</summary>
    public required IReadOnlyList<IReadOnlyList<StopAccess>> Targets { get; init; }

    /// <summary>On-demand legs from the origin to stops (time-dependent: they run only in their windows).</summary>
    public IReadOnlyList<FlexAccess> FlexAccess { get; init; } = [];

    /// <summary>Per destination (same order as <see cref="Targets"/>), on-demand legs from stops to it; empty for none.</summary>
    public IReadOnlyList<IReadOnlyList<FlexAccess>> FlexTargets { get; init; } = [];

    /// <summary>First departure minute (inclusive); the search departs every 60 s in [start, end).</summary>
    public int WindowStartSeconds { get; init; } = DefaultWindowStartSeconds;

    public int WindowEndSeconds { get; init; } = DefaultWindowEndSeconds;

    /// <summary>Transfers allowed between rides; rides ≤ MaxTransfers + 1.</summary>
    public int MaxTransfers { get; init; } = 3;

    /// <summary>Slack before boarding any ride after the first, so tight connections are not assumed to hold.</summary>
    public int MinTransferSeconds { get; init; } = 60;

    /// <summary>Journeys longer than this (from the departure minute, waits included) count as unreachable.</summary>
    public int MaxTravelSeconds { get; init; } = 4 * 3600;

    /// <summary>Phase draws for unknown-phase frequency entries; ignored (one draw) when the network has none.</summary>
    public int MonteCarloDraws { get; init; } = 20;

    public int Seed { get; init; }

    /// <summary>
    /// Walking changes take their precomputed seconds × this factor (rounded up): the network's walks are timed at one
    /// speed, and a slower or faster walker scales them without recomputing them. 1 leaves them as they are.
    /// </summary>
    public double TransferWalkFactor { get; init; } = 1;

    /// <summary>Walking changes whose precomputed seconds exceed this (a distance, at the network's speed) are not taken.</summary>
    public int MaxTransferWalkSeconds { get; init; } = int.MaxValue;
}
