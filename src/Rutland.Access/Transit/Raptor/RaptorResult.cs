namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// Travel time per destination, departure minute and Monte Carlo draw — the distribution R5 reports.
/// Travel time is arrival at the destination (egress walk included) minus the departure minute, so waiting
/// for the first vehicle counts.
/// </summary>
public sealed class RaptorResult
{
    public const int Unreachable = int.MaxValue;

    private readonly int[] _departureSeconds;
    private readonly int[] _travelSeconds;

    internal RaptorResult(int[] departureSeconds, int drawCount, int targetCount, int[] travelSeconds)
    {
        _departureSeconds = departureSeconds;
        DrawCount = drawCount;
        TargetCount = targetCount;
        _travelSeconds = travelSeconds;
    }

    public int TargetCount { get; }

    public int DrawCount { get; }

    public int MinuteCount => _departureSeconds.Length;

    public IReadOnlyList<int> DepartureSeconds => _departureSeconds;

    /// <summary>All samples for a destination, draw-major: index <c>draw * MinuteCount + minuteIndex</c>.</summary>
    public ReadOnlySpan<int> TravelTimes(int target) =>
        _travelSeconds.AsSpan(target * DrawCount * MinuteCount, DrawCount * MinuteCount);

    public int TravelSeconds(int target, int minuteIndex, int draw = 0) => TravelTimes(target)[draw * MinuteCount + minuteIndex];

    /// <summary>Nearest-rank percentile over minutes × draws; <see cref="Unreachable"/> if too few samples reach.</summary>
    public int Percentile(int target, double percent) => Percentiles.NearestRank(TravelTimes(target), percent);

    public int Best(int target)
    {
        int best = Unreachable;
        foreach (int t in TravelTimes(target)) best = Math.Min(best, t);
        return best;
    }

    public double ReachableShare(int target)
    {
        var samples = TravelTimes(target);
        int reachable = 0;
        foreach (int t in samples) if (t != Unreachable) reachable++;
        return (double)reachable / samples.Length;
    }

    /// <summary>The earliest departure minute (and its draw) achieving <see cref="Best"/>; null if never reachable.</summary>
    public (int DepartureSeconds, int Draw)? BestDeparture(int target)
    {
        var samples = TravelTimes(target);
        (int DepartureSeconds, int Draw)? best = null;
        int bestTravel = Unreachable;
        for (int minute = 0; minute < MinuteCount; minute++)
            for (int draw = 0; draw < DrawCount; draw++)
            {
                int travel = samples[draw * MinuteCount + minute];
                if (travel < bestTravel) (bestTravel, best) = (travel, (_departureSeconds[minute], draw));
            }
        return best;
    }

    /// <summary>
    /// Latest departure minute that arrives by <paramref name="arriveBySeconds"/> in every draw — for an appointment
    /// a departure that only works for some phases of an irregular service is not one to recommend. Range RAPTOR
    /// already gives arrival per departure minute, so no reverse search is needed. Null if no minute qualifies.
    /// </summary>
    public int? LatestDeparture(int target, int arriveBySeconds)
    {
        var samples = TravelTimes(target);
        for (int minute = MinuteCount - 1; minute >= 0; minute--)
        {
            bool onTimeInEveryDraw = true;
            for (int draw = 0; draw < DrawCount && onTimeInEveryDraw; draw++)
            {
                int travel = samples[draw * MinuteCount + minute];
                onTimeInEveryDraw = travel != Unreachable && _departureSeconds[minute] + travel <= arriveBySeconds;
            }
            if (onTimeInEveryDraw) return _departureSeconds[minute];
        }
        return null;
    }

    /// <summary>
    /// The journey behind <see cref="EarliestArrival"/>: the worst draw's earliest arrival, leaving as late as still
    /// arrives then (the least wait). Null if unreachable in some draw.
    /// </summary>
    public (int DepartureSeconds, int Draw)? EarliestArrivalDeparture(int target)
    {
        if (EarliestArrival(target) is not { } arrival) return null;
        for (int draw = 0; draw < DrawCount; draw++)
            if (EarliestInDraw(target, draw) is var (earliest, minute) && earliest == arrival) return (_departureSeconds[minute], draw);
        return null;
    }

    /// <summary>
    /// Earliest arrival leaving at or after the window start (e.g. the end of an appointment, for the way home),
    /// taking the worst draw so the time holds whatever the phase. Null if unreachable in some draw.
    /// </summary>
    public int? EarliestArrival(int target)
    {
        int latestOverDraws = int.MinValue;
        for (int draw = 0; draw < DrawCount; draw++)
        {
            int earliest = EarliestInDraw(target, draw).Arrival;
            if (earliest == Unreachable) return null;
            latestOverDraws = Math.Max(latestOverDraws, earliest);
        }
        return latestOverDraws;
    }

    /// <summary>One draw's earliest arrival and the latest departure minute that makes it (<see cref="Unreachable"/>, −1 if none).</summary>
    private (int Arrival, int Minute) EarliestInDraw(int target, int draw)
    {
        var samples = TravelTimes(target).Slice(draw * MinuteCount, MinuteCount);
        int earliest = Unreachable, at = -1;
        for (int minute = 0; minute < MinuteCount; minute++)
            if (samples[minute] != Unreachable && _departureSeconds[minute] + samples[minute] <= earliest)
                (earliest, at) = (_departureSeconds[minute] + samples[minute], minute);
        return (earliest, at);
    }
}
