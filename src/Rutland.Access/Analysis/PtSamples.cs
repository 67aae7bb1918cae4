using Rutland.Access.Transit.Raptor;

namespace Rutland.Access.Analysis;

/// <summary>
/// The travel-time samples of one pair (departure minutes × Monte Carlo draws, in seconds), with a direct walk
/// replacing any slower or missing transit sample: nobody waits for a bus they could beat on foot.
/// </summary>
public sealed class PtSamples
{
    /// <summary>The samples percentiles are taken over, reachable ones first, otherwise in no set order: each percentile
    /// selects its rank (<see cref="Percentiles.Select"/>) rather than sorting them all. Each stands for <see cref="_copies"/> samples.</summary>
    private readonly int[] _seconds;

    /// <summary>How many Monte Carlo draws gave exactly these samples (all of them, or 1 when draws differ).</summary>
    private readonly int _copies;

    /// <summary>How many of <see cref="_seconds"/> are reachable: those come first.</summary>
    private readonly int _reachable;

    /// <summary>Ranks already selected: each holds its sorted value, the samples partitioned around it, so a later rank
    /// is selected only between its nearest settled neighbours.</summary>
    private readonly List<int> _settled = [];

    /// <param name="samplesPerDraw">The departure minutes of one draw (samples run draw by draw). When every draw is the
    /// same — no unknown-phase frequency affects the pair — one draw's samples are kept instead of all of them; each
    /// then stands for as many samples as there are draws, which leaves every percentile and share as they were.</param>
    public PtSamples(ReadOnlySpan<int> transitSeconds, int? directWalkSeconds, int samplesPerDraw)
    {
        int draws = transitSeconds.Length / samplesPerDraw;
        var first = transitSeconds[..Math.Min(samplesPerDraw, transitSeconds.Length)];
        bool drawsAlike = true;
        for (int d = 1; d < draws && drawsAlike; d++) drawsAlike = transitSeconds.Slice(d * samplesPerDraw, samplesPerDraw).SequenceEqual(first);
        (_seconds, _copies) = drawsAlike && draws > 1 ? (WithWalk(first, directWalkSeconds), draws) : (WithWalk(transitSeconds, directWalkSeconds), 1);
        _reachable = ReachableFirst(_seconds);
        ReachableShare = _seconds.Length == 0 ? 0 : (double)_reachable / _seconds.Length;
    }

    private PtSamples(int[] seconds, double reachableShare)
    {
        (_seconds, _copies, ReachableShare) = (seconds, 1, reachableShare);
        _reachable = ReachableFirst(_seconds);
    }

    /// <summary>Moves the unreachable samples to the end; returns how many are reachable.</summary>
    private static int ReachableFirst(int[] seconds)
    {
        int reachable = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            int s = seconds[i];
            if (s == RaptorResult.Unreachable) continue;
            seconds[i] = RaptorResult.Unreachable;
            seconds[reachable++] = s;
        }
        return reachable;
    }

    /// <summary>
    /// For an appointment: only a sample that arrives by <paramref name="arriveBySeconds"/> counts. Percentiles are over
    /// those samples alone (a departure that arrives late is no journey to the appointment, not a slow one); the
    /// reachable share is theirs among all the window's samples.
    /// </summary>
    public static PtSamples ArrivingBy(ReadOnlySpan<int> transitSeconds, int? directWalkSeconds, Func<int, int> departureSecondsOfSample,
        int arriveBySeconds)
    {
        var all = WithWalk(transitSeconds, directWalkSeconds);
        var inTime = all.Where((s, i) => s != RaptorResult.Unreachable && departureSecondsOfSample(i) + s <= arriveBySeconds).ToArray();
        return new PtSamples(inTime, all.Length == 0 ? 0 : (double)inTime.Length / all.Length);
    }

    public bool Reachable => ReachableShare > 0;

    public double ReachableShare { get; }

    /// <summary>Nearest-rank percentile in minutes; null when more than (100 − p)% of samples are unreachable or there are none.</summary>
    public double? PercentileMinutes(int percent)
    {
        if (_seconds.Length == 0) return null;
        int index = Percentiles.NearestRankIndex(_seconds.Length * _copies, percent) / _copies;
        return index >= _reachable ? null : At(index) / 60.0;
    }

    /// <summary>The reachable sample of sorted rank <paramref name="index"/>.</summary>
    private int At(int index)
    {
        int lo = 0, hi = _reachable;
        foreach (int settled in _settled)
        {
            if (settled == index) return _seconds[index];
            if (settled < index) lo = Math.Max(lo, settled + 1);
            else hi = Math.Min(hi, settled);
        }
        int value = Percentiles.Select(_seconds.AsSpan(lo, hi - lo), index - lo);
        _settled.Add(index);
        return value;
    }

    private static int[] WithWalk(ReadOnlySpan<int> transitSeconds, int? directWalkSeconds)
    {
        var seconds = transitSeconds.ToArray();
        if (directWalkSeconds is { } walk)
            for (int i = 0; i < seconds.Length; i++) seconds[i] = Math.Min(seconds[i], walk);
        return seconds;
    }
}
