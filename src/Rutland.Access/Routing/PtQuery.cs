using Rutland.Access.Transit.Planning;
using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Routing;

/// <summary>
/// One public-transport question: departures every minute in [window start, window end) on a service date.
/// With <see cref="ArriveBySeconds"/> the window ends at that time and each pair also reports the latest departure
/// arriving by then; with <see cref="AppointmentMinutes"/> also the journeys home after the appointment.
/// Times are seconds since the service date's midnight.
/// </summary>
public sealed record PtQuery
{
    public required DateOnly Date { get; init; }
    public int WindowStartSeconds { get; init; } = PtDefaults.WindowStartSeconds;
    public int WindowEndSeconds { get; init; } = PtDefaults.WindowStartSeconds + PtDefaults.WindowMinutes * 60;
    public IReadOnlyList<int> Percentiles { get; init; } = PtDefaults.Percentiles;
    public int MaxTransfers { get; init; } = PtDefaults.MaxTransfers;
    public double MaxWalkMeters { get; init; } = WalkingRules.DefaultMaxWalkMeters;
    /// <summary>Walking speed of every walking leg (access, egress, changes, direct); the walk network's times scale with it.</summary>
    public double WalkSpeedKmh { get; init; } = WalkingRules.SpeedKmh;
    /// <summary>Slack before boarding after a change; null keeps RAPTOR's default (<see cref="RaptorRequest.MinTransferSeconds"/>).</summary>
    public int? MinTransferSeconds { get; init; }
    public int? ArriveBySeconds { get; init; }
    public int? AppointmentMinutes { get; init; }
    /// <summary>Fixed, so answers repeat exactly: Monte Carlo phases of unknown-phase frequencies are drawn from it.</summary>
    public int Seed { get; init; }
    /// <summary>The services answers may use; fewer than all is a what-if (e.g. without on-demand zones).</summary>
    public PtModes Modes { get; init; } = PtModes.All;
    /// <summary>Also return the fastest journey's legs per pair.</summary>
    public bool IncludeLegs { get; init; }

    public int WindowMinutes => (WindowEndSeconds - WindowStartSeconds + 59) / 60;

    /// <summary>The same question for another walker: its speed and furthest walk.</summary>
    public PtQuery For(WalkingProfile walker) => this with { WalkSpeedKmh = walker.SpeedKmh, MaxWalkMeters = walker.MaxWalkMeters };

    public RaptorRequest Request(IReadOnlyList<StopAccess> access, IReadOnlyList<IReadOnlyList<StopAccess>> targets,
        int windowStartSeconds, int windowEndSeconds)
    {
        var request = new RaptorRequest
        {
            Access = access,
            Targets = targets,
            WindowStartSeconds = windowStartSeconds,
            WindowEndSeconds = windowEndSeconds,
            MaxTransfers = MaxTransfers,
            Seed = Seed,
            TransferWalkFactor = WalkingRules.SecondsFactor(WalkSpeedKmh),
            // Changes were precomputed up to the default walk; a shorter limit leaves out the longer ones.
            MaxTransferWalkSeconds = MaxWalkMeters < WalkingRules.MaxTransferMeters
                ? (int)Math.Ceiling(MaxWalkMeters / WalkingRules.MetersPerSecond) : int.MaxValue,
        };
        return MinTransferSeconds is { } slack ? request with { MinTransferSeconds = slack } : request;
    }
}
