using System.Collections.Immutable;
using NetTopologySuite.Geometries;

namespace Rutland.Access.Transit.Timetable;

/// <summary>
/// An on-demand zone drawn as a polygon (GTFS locations.geojson). Routing serves it at the feed's stops inside it
/// (<see cref="StopIds"/>, found when the feed is read): our journeys start and end on foot at stops.
/// </summary>
public sealed record FlexLocation(string Id, string? Name, Geometry Area, ImmutableArray<string> StopIds);
