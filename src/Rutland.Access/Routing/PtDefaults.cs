namespace Rutland.Access.Routing;

/// <summary>The defaults and limits of public-transport answers, in one place (walking ones: <see cref="Transit.Planning.WalkingRules"/>).</summary>
public static class PtDefaults
{
    /// <summary>
    /// DfT's journey time statistics (JTS) measure public-transport access over the morning departures 07:00–10:00
    /// of a weekday; we take a Tuesday, as a day clear of Monday and Friday variations.
    /// </summary>
    public const DayOfWeek ServiceDay = DayOfWeek.Tuesday;

    public const int WindowStartSeconds = 7 * 3600;

    /// <summary>180 minutes: JTS's 07:00–10:00.</summary>
    public const int WindowMinutes = 180;

    /// <summary>Six hours: a range search costs time per departure minute; longer spans are several queries.</summary>
    public const int MaxWindowMinutes = 360;

    /// <summary>The quartiles and median over departure minutes × Monte Carlo draws, as R5/r5r report them.</summary>
    public static readonly IReadOnlyList<int> Percentiles = [25, 50, 75];

    /// <summary>A percentile a caller may ask for: 1st to 100th (the 100th is the worst departure in the window).</summary>
    public const int MinPercentile = 1, MaxPercentile = 100;

    /// <summary>Three changes (four vehicles), as R5's default: beyond that no rural journey is a realistic choice.</summary>
    public const int MaxTransfers = 3;

    /// <summary>Most changes a caller may allow; each is one more RAPTOR round.</summary>
    public const int MaxTransfersLimit = 6;

    /// <summary>
    /// A return journey after an appointment must leave before the service day's midnight: "the last bus home"
    /// is the last one that day.
    /// </summary>
    public const int ReturnDeadlineSeconds = Transit.Planning.TransitNetworkFactory.SecondsPerDay;

    /// <summary>Longest appointment accepted: 12 hours, past which no same-day return is meaningful.</summary>
    public const int MaxAppointmentMinutes = 12 * 60;
}
