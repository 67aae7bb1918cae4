using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Rutland.Access.Geo;

/// <summary>
/// One GeoJSON feature as read: its id (a number id keeps its JSON text), a WGS84 geometry (SRID 4326) and its
/// properties as detached JSON values, so callers decide how to interpret each field.
/// </summary>
public sealed record GeoJsonFeature(string? Id, Geometry Geometry, IReadOnlyDictionary<string, JsonElement> Properties);
