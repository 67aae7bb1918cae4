namespace Rutland.Access.Transit.Flex;

/// <summary>The numbers of on-demand routing, in one place (ride times come from the feed's safe duration).</summary>
public static class FlexRules
{
    /// <summary>
    /// 15 minutes between being ready at the stop and the pick-up: the booking and scheduling slack of a shared
    /// minibus, which picks riders up within a window around the booked time. Modelled as R5 models on-demand
    /// service, a fixed pick-up delay (Conveyal R5 "pick-up delay" zones); no published figure exists for Rutland's
    /// service, so this is an assumption, stated with every answer that uses it.
    /// </summary>
    public const int PickupWaitSeconds = 15 * 60;

    /// <summary>Car searches between zone stops stop at two hours: no zone is that wide.</summary>
    public const float MaxCarSeconds = 2 * 3600;
}
