using NetTopologySuite.Geometries;
using Rutland.Access.Data;
using Rutland.Access.Geo;

namespace Rutland.Access.Equity;

/// <summary>
/// Reads a boundary GeoJSON into BNG polygons. An invalid polygon as published (E01013791 in the 2011 LSOAs) is
/// repaired with <see cref="GeometryRepair"/> and the repair is returned as a note — overlays on an invalid polygon
/// throw or give wrong areas, and silently changing published boundaries would hide the fact.
/// </summary>
public static class BoundaryLoader
{
    /// <param name="codePrefix">GSS entity code every area's code must start with, e.g. "E01" (LSOA) or "E05" (ward).</param>
    public static BoundarySet Load(string path, string codeProperty, string nameProperty, string codePrefix)
    {
        var areas = new List<AreaBoundary>();
        var repairs = new List<GeometryRepairNote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var features = GeoJsonReader.ReadFeatureCollection(path);
        for (int i = 0; i < features.Count; i++)
        {
            var f = features[i];
            string code = FeatureProperties.RequireString(path, i, f, codeProperty);
            DataFileException Error(string problem) => new(path, null, $"feature {i} ({code}): {problem}");
            if (!code.StartsWith(codePrefix, StringComparison.Ordinal)) throw Error($"'{codeProperty}' does not start with {codePrefix}");
            if (!seen.Add(code)) throw Error("area appears more than once");
            if (f.Geometry is not IPolygonal) throw Error($"expected a Polygon or MultiPolygon but found a {f.Geometry.GeometryType}");

            var bng = GeometryRepair.Repair(BritishNationalGrid.ToBng(f.Geometry), out string? whatWasDone);
            if (whatWasDone is not null) repairs.Add(new GeometryRepairNote(path, code, whatWasDone));
            if (!bng.IsValid || bng is not IPolygonal || bng.Area <= 0)
                throw Error($"boundary is not a valid polygon with area even after repair ({whatWasDone ?? "no repair needed"})");
            areas.Add(new AreaBoundary(code, FeatureProperties.RequireString(path, i, f, nameProperty), bng));
        }
        if (areas.Count == 0) throw new DataFileException(path, null, "no areas");
        return new BoundarySet(areas, repairs);
    }
}
