using System.Buffers;

namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// Per-search scratch labels, rented from <see cref="ArrayPool{T}"/> so concurrent searches never share memory
/// and repeated searches do not churn the GC. Round k holds journeys of exactly k rides (round 0 = access walk);
/// index <c>k * StopCount + stop</c>.
/// </summary>
internal sealed class RaptorState : IDisposable
{
    public const int Unreached = int.MaxValue;

    private readonly List<int[]> _rentedInts = [];
    private readonly List<bool[]> _rentedBools = [];

    public RaptorState(int stopCount, int patternCount, int rounds, int targetCount)
    {
        StopCount = stopCount;
        Rounds = rounds;
        RideArrival = RentInts(rounds * stopCount);
        ReachArrival = RentInts(rounds * stopCount);
        RidePattern = RentInts(rounds * stopCount);
        RideTrip = RentInts(rounds * stopCount);
        RideBoardPosition = RentInts(rounds * stopCount);
        ReachFromStop = RentInts(rounds * stopCount);
        PatternFirstPosition = RentInts(patternCount);
        Array.Fill(PatternFirstPosition, int.MaxValue, 0, patternCount);
        MarkedPatterns = RentInts(patternCount);
        TargetBest = RentInts(targetCount);
        ReachedPreviousRound = NewStopSet();
        ReachedThisRound = NewStopSet();
        RiddenThisRound = NewStopSet();
        ReachedForFrequencyOnlyPreviousRound = NewStopSet();
        ReachedForFrequencyOnly = NewStopSet();
    }

    public int StopCount { get; }

    public int Rounds { get; }

    /// <summary>Earliest arrival alighting from the k-th ride (egress and transfers start here).</summary>
    public int[] RideArrival { get; }

    /// <summary>Earliest arrival after the k-th ride and an optional transfer walk (the next ride boards from here).</summary>
    public int[] ReachArrival { get; }

    public int[] RidePattern { get; }
    public int[] RideTrip { get; }
    public int[] RideBoardPosition { get; }

    /// <summary>Stop walked from when <see cref="ReachArrival"/> came by transfer, otherwise -1.</summary>
    public int[] ReachFromStop { get; }

    /// <summary>Earliest marked position per pattern this round; int.MaxValue when unmarked.</summary>
    public int[] PatternFirstPosition { get; }

    public int[] MarkedPatterns { get; }

    public int[] TargetBest { get; }

    public StopSet ReachedPreviousRound { get; private set; }
    public StopSet ReachedThisRound { get; private set; }
    public StopSet RiddenThisRound { get; }

    /// <summary>
    /// In a Monte Carlo draw's search, stops whose label came from the scheduled-only search this minute: only patterns of
    /// unknown-phase frequency entries need scanning from them (<see cref="ScheduledRoundLog"/>).
    /// </summary>
    public StopSet ReachedForFrequencyOnlyPreviousRound { get; private set; }
    public StopSet ReachedForFrequencyOnly { get; private set; }

    /// <summary>Forgets which stops are marked, before a departure minute's access labels.</summary>
    public void ClearMarks()
    {
        ReachedPreviousRound.Clear();
        ReachedThisRound.Clear();
        ReachedForFrequencyOnlyPreviousRound.Clear();
        ReachedForFrequencyOnly.Clear();
    }

    /// <summary>Forgets all labels; needed between Monte Carlo draws, whose timetables differ.</summary>
    public void Reset(int targetCount)
    {
        int labels = Rounds * StopCount;
        Array.Fill(RideArrival, Unreached, 0, labels);
        Array.Fill(ReachArrival, Unreached, 0, labels);
        Array.Fill(TargetBest, Unreached, 0, targetCount);
    }

    public void AdvanceRound()
    {
        (ReachedPreviousRound, ReachedThisRound) = (ReachedThisRound, ReachedPreviousRound);
        ReachedThisRound.Clear();
        (ReachedForFrequencyOnlyPreviousRound, ReachedForFrequencyOnly) = (ReachedForFrequencyOnly, ReachedForFrequencyOnlyPreviousRound);
        ReachedForFrequencyOnly.Clear();
        RiddenThisRound.Clear();
    }

    public void Dispose()
    {
        foreach (var array in _rentedInts) ArrayPool<int>.Shared.Return(array);
        foreach (var array in _rentedBools) ArrayPool<bool>.Shared.Return(array); // cleared when rented again
        _rentedInts.Clear();
        _rentedBools.Clear();
    }

    private StopSet NewStopSet()
    {
        var contains = ArrayPool<bool>.Shared.Rent(StopCount);
        Array.Clear(contains, 0, StopCount);
        _rentedBools.Add(contains);
        return new StopSet(RentInts(StopCount), contains);
    }

    private int[] RentInts(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(length, 1));
        _rentedInts.Add(array);
        return array;
    }
}
