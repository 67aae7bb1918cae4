using System.Globalization;
using Rutland.Access.Roads;

namespace Rutland.Access.Analysis;

/// <summary>
/// Every modelled assumption's low / central / high values, each with its source, in one place. An answer "with
/// uncertainty" is computed three times, every assumption at the same <see cref="AssumptionLevel"/>: low = the low end of
/// every range, high = the high end. Real timetables are never varied: the bus factor applies only to a modelled feed
/// the project builds itself.
/// </summary>
public sealed record AssumptionLevels
{
    public static readonly IReadOnlyList<AssumptionLevel> All = [AssumptionLevel.Low, AssumptionLevel.Central, AssumptionLevel.High];

    /// <summary>What the levels are, for answers that show them.</summary>
    public const string Method =
        "The answer is computed three times, every assessed assumption at the same level: low (each at the low end of its " +
        "range), central (the values of the default answer, which the central level repeats exactly) and high (the high end). " +
        "Drive times beyond the extract only lengthen from low to high. Public-transport figures need not: the " +
        "modelled timetable keeps each bus's departure from its first stop, so a slower bus passes later stops later, and a " +
        "resident leaving just after the quicker bus would have gone catches the slower one (or one that now falls inside the " +
        "window) instead of waiting for the next; the on-demand pick-up wait and ride factor lengthen them. Every level is " +
        "therefore computed, never inferred. A flag is robust when it is " +
        "raised at all three levels; otherwise its levels say where it holds. Assumptions not assessed keep their one value at every level.";

    /// <summary>Bus run time ÷ our car time on the same path, low and high: the 1.3–1.5 × car time range for rural buses
    /// that the project brief gives and geodata/transit/README.md cites. The central value is the modelled feed's own
    /// (modelled-routes.json busTiming.speedFactor, 1.4).</summary>
    public const double BusRunTimeFactorLow = 1.3, BusRunTimeFactorHigh = 1.5;

    public const string BusRunTimeFactorName = "busRunTimeFactor", OffNetworkDetourFactorName = "offNetworkDetourFactor",
        OnDemandPickupWaitName = "onDemandPickupWaitMinutes", OnDemandRideFactorName = "onDemandRideFactor";

    private const string NoFlexRouting = "no on-demand (GTFS-Flex) trips of the project's modelled feed are loaded; a real feed's published ride times are not varied";

    /// <summary>On-demand pick-up wait, minutes: central = <see cref="Transit.Flex.FlexRules.PickupWaitSeconds"/>; low/high =
    /// a third and double it (assumed: no published figure for Rutland's service; a minibus already nearby, and a pick-up at
    /// the far end of a ±15-minute booking window).</summary>
    public const double OnDemandPickupWaitLow = 5, OnDemandPickupWaitHigh = 30;

    /// <summary>On-demand ride ÷ our car time, low and high (assumed): 1.2 a nearly direct ride; 2.0 a shared ride detouring for
    /// other bookings, the maximum ride-time ratio demand-responsive schedulers are commonly set to allow.</summary>
    public const double OnDemandRideFactorLow = 1.2, OnDemandRideFactorHigh = 2.0;

    /// <summary>Null when no timetable the bus factor applies to is loaded (<see cref="NotAssessed"/> says why).</summary>
    public AssumptionRange? BusRunTimeFactor { get; init; }
    public string? BusRunTimeFactorNotAppliedBecause { get; init; }
    public required AssumptionRange OffNetworkDetourFactor { get; init; }

    /// <summary>Null when the project's modelled feed has no on-demand zones (<see cref="NotAssessed"/> says why).</summary>
    public AssumptionRange? OnDemandPickupWaitMinutes { get; init; }
    public AssumptionRange? OnDemandRideFactor { get; init; }

    /// <summary>These levels with the modelled on-demand zones' assumptions, the ride factor's central value from the feed.</summary>
    public AssumptionLevels WithOnDemand(double modelledRideFactor) => this with
    {
        OnDemandPickupWaitMinutes = new AssumptionRange(OnDemandPickupWaitName, OnDemandPickupWaitLow, Transit.Flex.FlexRules.PickupWaitSeconds / 60.0,
            OnDemandPickupWaitHigh, "minutes", "every on-demand leg: minutes between being at the stop and the pick-up",
            "Assumed, not measured: central = FlexRules.PickupWaitSeconds (booking and scheduling slack, as R5's pick-up delay); " +
            "low/high = a minibus already nearby, and a pick-up at the far end of a ±15-minute booking window.").Checked(),
        OnDemandRideFactor = new AssumptionRange(OnDemandRideFactorName, OnDemandRideFactorLow, modelledRideFactor, OnDemandRideFactorHigh, "× car time",
            "every on-demand ride of the modelled zones: ride = factor × our car time + the feed's offset",
            "Assumed, not measured: central = the modelled zones' safe_duration_factor (modelled-routes.json onDemandZones.rideTime); " +
            "low = a nearly direct ride; high = a shared ride detouring for other bookings, the ride-time ratio demand-responsive " +
            "schedulers are commonly set to allow.").Checked(),
    };

    /// <param name="modelledBusSpeedFactor">The loaded modelled feed's bus factor; null when none can be varied.</param>
    /// <param name="busNotAppliedBecause">Why not, when <paramref name="modelledBusSpeedFactor"/> is null.</param>
    public static AssumptionLevels For(double? modelledBusSpeedFactor, string? busNotAppliedBecause, NetworkCircuity.Measurement carCircuity) => new()
    {
        BusRunTimeFactor = modelledBusSpeedFactor is { } central
            ? new AssumptionRange(BusRunTimeFactorName, BusRunTimeFactorLow, central, BusRunTimeFactorHigh, "× car time",
                "bus running times of the modelled feed (car time along the bus's path × factor + 30 s a stop, rounded up to " +
                "whole minutes), so every public-transport figure; real timetables (BODS, CIF) are never rescaled",
                "Assumed, not measured: central = the modelled feed's busTiming.speedFactor (geodata/transit/modelled-routes.json); " +
                "low/high = the 1.3–1.5 × car time range for rural buses in the project brief (geodata/transit/README.md). The one " +
                "published check lies above even the high value: the R5 takes 45 min Stamford → Uppingham (issue 11), the feed gives " +
                "36 at × 1.4.").Checked()
            : null,
        BusRunTimeFactorNotAppliedBecause = modelledBusSpeedFactor is null ? busNotAppliedBecause ?? "no modelled bus timetable is loaded" : null,
        OffNetworkDetourFactor = new AssumptionRange(OffNetworkDetourFactorName, carCircuity.P25Factor, carCircuity.MedianFactor,
            carCircuity.P75Factor, "× straight-line distance",
            "drive legs beyond the OSM extract (Melton Mowbray and Peterborough City hospitals): straight line from the exit × factor",
            string.Create(CultureInfo.InvariantCulture,
                $"Measured at start-up (NetworkCircuity): route ÷ straight-line distance over {carCircuity.Pairs} place pairs at least {NetworkCircuity.MinStraightMeters / 1000:F0} km apart on this car network; central = the median, low/high = the interquartile range.")).Checked(),
    };

    /// <summary>The assumptions an answer's levels vary, in a fixed order.</summary>
    public IReadOnlyList<AssumptionRange> Assessed =>
        [.. new[] { BusRunTimeFactor, OffNetworkDetourFactor, OnDemandPickupWaitMinutes, OnDemandRideFactor }.OfType<AssumptionRange>()];

    /// <summary>The modelled assumptions the levels leave at their one value, each with the reason.</summary>
    public IReadOnlyList<AssumptionNotAssessed> NotAssessed =>
    [
        .. BusRunTimeFactor is null ? [new AssumptionNotAssessed(BusRunTimeFactorName, BusRunTimeFactorNotAppliedBecause!)] : Array.Empty<AssumptionNotAssessed>(),
        .. OnDemandPickupWaitMinutes is null ? [new AssumptionNotAssessed(OnDemandPickupWaitName, NoFlexRouting)] : Array.Empty<AssumptionNotAssessed>(),
        .. OnDemandRideFactor is null ? [new AssumptionNotAssessed(OnDemandRideFactorName, NoFlexRouting)] : Array.Empty<AssumptionNotAssessed>(),
    ];

    /// <summary>Each assessed assumption's value at <paramref name="level"/>, by name.</summary>
    public IReadOnlyDictionary<string, double> ValuesAt(AssumptionLevel level) => Assessed.ToDictionary(a => a.Name, a => a.At(level));
}
