namespace Rutland.Access.Transit.Network;

/// <summary>
/// A frequency entry whose phase is unknown (GTFS exact_times=0): vehicles leave the first stop every
/// <see cref="HeadwaySeconds"/> from <see cref="StartSeconds"/> + an unknown offset in [0, headway), while before
/// <see cref="EndSeconds"/>. The router draws the offset per Monte Carlo draw.
/// </summary>
internal readonly record struct FrequencySchedule(int StartSeconds, int EndSeconds, int HeadwaySeconds);
