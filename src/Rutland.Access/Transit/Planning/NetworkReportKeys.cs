namespace Rutland.Access.Transit.Planning;

/// <summary>The <see cref="Timetable.LoadReport"/> keys <see cref="TransitNetworkFactory"/> counts under, per service date.</summary>
public static class NetworkReportKeys
{
    public const string TripsOfTheDay = "trips running on the service date";
    public const string TripsFromThePreviousDay = "trips of the previous service date running past midnight, shifted by -24 h";
    public const string ExactFrequencyEntries = "frequency entries with exact times (expanded to trips)";
    public const string SampledFrequencyEntries = "frequency entries with unknown phase (sampled by Monte Carlo draws)";
    public const string TripsAtUnservedStopsSkipped = "trips calling at a stop that is not a stop or platform skipped";
    public const string TripsGoingBackInTimeSkipped = "trips whose times go backwards skipped";
    public const string FeedTransfersNotApplied = "transfers.txt rules not applied (changes walk over the footpath network)";
}
