using System.Collections.Immutable;
using Rutland.Access.Places;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Scenarios;

/// <summary>
/// What a scenario sees: the destinations (with any opening hours) and the timetable. Immutable; a modification returns
/// a new view and shares everything it does not change with the view it was given, so the base is never touched.
/// <see cref="Timetable"/> is null when no public-transport data is loaded.
/// </summary>
public sealed record ScenarioView(
    ImmutableArray<Destination> Destinations,
    ImmutableDictionary<string, OpeningHours> OpeningHours,
    TimetableFeed? Timetable)
{
    public static ScenarioView Of(IEnumerable<Destination> destinations, TimetableFeed? timetable) =>
        new([.. destinations], ImmutableDictionary<string, OpeningHours>.Empty.WithComparers(StringComparer.Ordinal), timetable);

    public Destination? FindDestination(string id) => Destinations.FirstOrDefault(d => d.Id == id);

    /// <summary>The timetable transit modifications change; without one they cannot be answered.</summary>
    public TimetableFeed RequireTimetable(string what) => Timetable
        ?? throw new ScenarioException(ScenarioProblemKind.Unanswerable, $"{what}: no public-transport timetable is loaded, so transit routes cannot be changed.");
}
