namespace Rutland.Access.Routing;

/// <summary>
/// Which public-transport services an answer may use (the <c>modes</c> parameter): fixed-route buses (every non-rail
/// route), trains, and on-demand zones. A planner compares access with and without on-demand service this way.
/// </summary>
[Flags]
public enum PtModes
{
    Bus = 1,
    Rail = 2,
    OnDemand = 4,
    All = Bus | Rail | OnDemand,
}

public static class PtModeNames
{
    /// <summary>The names the API accepts, in the order answers list them.</summary>
    public static readonly IReadOnlyList<(string Name, PtModes Mode)> All =
        [("bus", PtModes.Bus), ("rail", PtModes.Rail), ("ondemand", PtModes.OnDemand)];

    public static string Describe(PtModes modes) => string.Join(",", All.Where(m => (modes & m.Mode) != 0).Select(m => m.Name));
}
