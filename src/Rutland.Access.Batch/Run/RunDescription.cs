using Rutland.Access.Analysis;
using Rutland.Access.Places;
using Rutland.Access.Routing;

namespace Rutland.Access.Batch.Run;

/// <summary>
/// What one batch run computes: origins × destinations for each mode (and each departure window for public
/// transport), then equity aggregates for each scenario. Paths are absolute once loaded. Serialised into every
/// output manifest, so a merge knows exactly which run its shards belong to.
/// </summary>
public sealed record RunDescription
{
    public required string Name { get; init; }
    /// <summary>The shared input data directory; null: <c>RUTLAND_ACCESS_DATA</c>, else <c>../shared/geodata</c>.</summary>
    public string? Inputs { get; init; }
    /// <summary>The project's authored data (destinations, modelled timetable, dataset manifest); null: the repository's <c>geodata/</c>.</summary>
    public string? Authored { get; init; }
    public required OriginSelection Origins { get; init; }
    /// <summary>Configured destination ids, in output order.</summary>
    public required IReadOnlyList<string> Destinations { get; init; }
    public required IReadOnlyList<TravelMode> Modes { get; init; }
    public required IReadOnlyList<DepartureWindow> Windows { get; init; }
    public required IReadOnlyList<Scenario> Scenarios { get; init; }
    /// <summary>Minutes; the aggregates count residents beyond each.</summary>
    public required IReadOnlyList<int> CutoffsMinutes { get; init; }
}

/// <summary>Origins: configured places of some types, or the points of a CSV file (<c>id,name,lat,lon</c>).</summary>
public sealed record OriginSelection(IReadOnlyList<PlaceType>? Types, string? CsvPath);

/// <summary>A public-transport departure window: every minute from <see cref="Start"/> for <see cref="Minutes"/>, on <see cref="Date"/>.</summary>
public sealed record DepartureWindow(string Id, DateOnly Date, TimeOnly Start, int Minutes)
{
    public PtQuery Query() => new()
    {
        Date = Date,
        WindowStartSeconds = Start.Hour * 3600 + Start.Minute * 60,
        WindowEndSeconds = Start.Hour * 3600 + Start.Minute * 60 + Minutes * 60,
    };
}

/// <summary>A variant of the destination set: the run's destinations without <see cref="Remove"/>, plus <see cref="Add"/>.</summary>
public sealed record Scenario(string Id, IReadOnlyList<ScenarioSite> Add, IReadOnlyList<string> Remove);

/// <summary>A destination a scenario adds at a point.</summary>
public sealed record ScenarioSite(string Id, string Name, double Lat, double Lon);

/// <summary>The one spelling of each mode in run files and outputs.</summary>
public static class ModeNames
{
    public static string Of(TravelMode mode) => mode.Name;
}
