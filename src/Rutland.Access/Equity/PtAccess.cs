namespace Rutland.Access.Equity;

/// <summary>
/// Public-transport access from one LSOA to one destination over a departure window: the median journey time over the
/// window's departures (null when there is no median, e.g. fewer than half the departures arrive) and the share of
/// departures from which the destination can be reached at all (0 = no journey in the window).
/// </summary>
public readonly record struct PtAccess
{
    public double? P50Minutes { get; }
    public double ShareOfWindowReachable { get; }

    public PtAccess(double? p50Minutes, double shareOfWindowReachable)
    {
        if (p50Minutes is { } m && !(m >= 0 && double.IsFinite(m)))
            throw new ArgumentOutOfRangeException(nameof(p50Minutes), m, "journey time must be a finite, non-negative number of minutes");
        if (!(shareOfWindowReachable >= 0 && shareOfWindowReachable <= 1))
            throw new ArgumentOutOfRangeException(nameof(shareOfWindowReachable), shareOfWindowReachable, "share must be between 0 and 1");
        if (shareOfWindowReachable == 0 && p50Minutes is not null)
            throw new ArgumentException("a median journey time needs at least one journey in the window", nameof(p50Minutes));
        P50Minutes = p50Minutes;
        ShareOfWindowReachable = shareOfWindowReachable;
    }
}
