using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>
/// The travel-time samples of one pair (departure minutes × Monte Carlo draws, in seconds), with a direct walk
/// replacing any slower or missing transit sample: nobody waits for a bus they could beat on foot.
/// </summary>
public sealed class PtSamples
{
    private readonly int[] _seconds;

    public PtSamples(ReadOnlySpan<int> transitSeconds, int? directWalkSeconds)
    {
        _seconds = transitSeconds.ToArray();
        if (directWalkSeconds is { } walk)
            for (int i = 0; i < _seconds.Length; i++) _seconds[i] = Math.Min(_seconds[i], walk);
    }

    public bool Reachable => ReachableShare > 0;

    public double ReachableShare => (double)_seconds.Count(s => s != RaptorResult.Unreachable) / _seconds.Length;

    /// <summary>Nearest-rank percentile in minutes; null when more than (100 − p)% of samples are unreachable.</summary>
    public double? PercentileMinutes(int percent)
    {
        int s = Percentiles.NearestRank(_seconds, percent);
        return s == RaptorResult.Unreachable ? null : s / 60.0;
    }
}
