using System.Text.Json;
using Rutland.Access.Data;
using Rutland.Access.Geo;

namespace Rutland.Access.Equity;

/// <summary>Typed access to GeoJSON feature properties; a missing or mistyped property names the file and feature.</summary>
public static class FeatureProperties
{
    public static string RequireString(string path, int index, GeoJsonFeature feature, string name) =>
        feature.Properties.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new DataFileException(path, null, $"feature {index}: property '{name}' must be a non-empty string");

    public static double RequireNumber(string path, int index, GeoJsonFeature feature, string name) =>
        feature.Properties.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw new DataFileException(path, null, $"feature {index}: property '{name}' must be a number");
}
