using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Network;

/// <summary>
/// Immutable timetable for one service date, laid out in flat arrays so RAPTOR's route scans walk
/// contiguous memory. Build it with <see cref="TransitNetworkBuilder"/>.
/// </summary>
/// <remarks>
/// A pattern is a sequence of stops served by trips of one route that never overtake each other, so
/// departures (and arrivals) at every stop are sorted by trip index and the earliest catchable trip can be
/// found by binary search. A scheduled pattern's times are trip-major pairs:
/// <c>Times[p][(trip * stopCount + position) * 2]</c> is the arrival, <c>+ 1</c> the departure.
/// An unknown-phase frequency entry is a pattern of its own holding a single template row of times relative
/// to the departure from its first stop.
/// </remarks>
public sealed class TransitNetwork
{
    private readonly string[] _stopIds;
    private readonly string[] _stopNames;
    private readonly LatLon[] _stopLocations;
    private readonly Dictionary<string, int> _stopIndexById;
    private readonly string[] _routeIds;
    private readonly string[] _routeNames;
    private readonly TransitMode[] _modes;
    private readonly string[][] _tripIds;

    internal readonly int[] PatternStopOffsets;
    internal readonly int[] PatternStops;
    internal readonly int[][] PatternTimes;
    internal readonly int[] PatternTripCounts;
    /// <summary>Index into <see cref="FrequencySchedules"/>, or -1 for a scheduled pattern.</summary>
    internal readonly int[] PatternFrequencyIndex;
    internal readonly FrequencySchedule[] FrequencySchedules;

    /// <summary>Stop → (pattern, position in pattern) in CSR form; a stop visited twice by a loop appears twice.</summary>
    internal readonly int[] StopPatternOffsets;
    internal readonly int[] StopPatterns;
    internal readonly int[] StopPatternPositions;

    internal readonly int[] TransferOffsets;
    internal readonly int[] TransferTargets;
    internal readonly int[] TransferSeconds;

    internal TransitNetwork(
        string[] stopIds, string[] stopNames, LatLon[] stopLocations,
        string[] routeIds, string[] routeNames, TransitMode[] modes, string[][] tripIds,
        int[] patternStopOffsets, int[] patternStops, int[][] patternTimes, int[] patternTripCounts,
        int[] patternFrequencyIndex, FrequencySchedule[] frequencySchedules,
        int[] stopPatternOffsets, int[] stopPatterns, int[] stopPatternPositions,
        int[] transferOffsets, int[] transferTargets, int[] transferSeconds)
    {
        _stopIds = stopIds;
        _stopNames = stopNames;
        _stopLocations = stopLocations;
        _stopIndexById = new Dictionary<string, int>(stopIds.Length, StringComparer.Ordinal);
        for (int i = 0; i < stopIds.Length; i++) _stopIndexById.Add(stopIds[i], i);
        _routeIds = routeIds;
        _routeNames = routeNames;
        _modes = modes;
        _tripIds = tripIds;
        PatternStopOffsets = patternStopOffsets;
        PatternStops = patternStops;
        PatternTimes = patternTimes;
        PatternTripCounts = patternTripCounts;
        PatternFrequencyIndex = patternFrequencyIndex;
        FrequencySchedules = frequencySchedules;
        StopPatternOffsets = stopPatternOffsets;
        StopPatterns = stopPatterns;
        StopPatternPositions = stopPatternPositions;
        TransferOffsets = transferOffsets;
        TransferTargets = transferTargets;
        TransferSeconds = transferSeconds;
        TripCount = patternTripCounts.Sum();
    }

    public int StopCount => _stopIds.Length;

    /// <summary>Whether some trip of this day calls at the stop (an on-demand leg can hand over to RAPTOR there).</summary>
    public bool IsServed(int stop) => StopPatternOffsets[stop + 1] > StopPatternOffsets[stop];

    /// <summary>Patterns, including one per unknown-phase frequency entry.</summary>
    public int PatternCount => _routeIds.Length;

    /// <summary>Scheduled trips, including those expanded from exact-times frequency entries.</summary>
    public int TripCount { get; }

    /// <summary>Frequency entries with unknown phase (exact_times=0); when non-zero the router samples phases.</summary>
    public int FrequencyEntryCount => FrequencySchedules.Length;

    public int? FindStop(string id) => _stopIndexById.TryGetValue(id, out int stop) ? stop : null;

    public string StopId(int stop) => _stopIds[stop];

    public string StopName(int stop) => _stopNames[stop];

    public LatLon StopLocation(int stop) => _stopLocations[stop];

    public ReadOnlySpan<int> PatternStopSequence(int pattern) =>
        PatternStops.AsSpan(PatternStopOffsets[pattern], PatternStopOffsets[pattern + 1] - PatternStopOffsets[pattern]);

    public string RouteId(int pattern) => _routeIds[pattern];

    public string RouteName(int pattern) => _routeNames[pattern];

    public TransitMode Mode(int pattern) => _modes[pattern];

    /// <summary>Scheduled trips on the pattern; 0 for an unknown-phase frequency entry.</summary>
    public int PatternTripCount(int pattern) => PatternTripCounts[pattern];

    /// <summary>Trip id of a scheduled trip, or the template trip id of a frequency entry (any trip index).</summary>
    public string TripId(int pattern, int trip) => PatternFrequencyIndex[pattern] >= 0 ? _tripIds[pattern][0] : _tripIds[pattern][trip];
}
