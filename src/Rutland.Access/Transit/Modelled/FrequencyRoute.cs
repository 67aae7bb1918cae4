namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// A modelled frequency service (GTFS frequencies.txt, exact_times=0: "every N minutes", phase unknown) between two
/// NaPTAN stops, run both ways: the city buses from the end of the study area's network to a hospital door. Its run
/// time is our estimate (<see cref="ModelledFeedBuilder"/>), since the stops lie beyond the road extract.
/// </summary>
public sealed record FrequencyRoute(
    string Id,
    string ShortName,
    string LongName,
    string Agency,
    string Source,
    string From,
    string To,
    IReadOnlyList<FrequencyBand> Bands);
