using NetTopologySuite.Geometries;
using Rutland.Access.Data;
using Rutland.Access.Geo;

namespace Rutland.Access.Equity;

/// <summary>
/// Reads the ONS population-weighted centroids (WGS84 points carrying their published BNG X/Y). The projected point
/// must land within <see cref="PublishedBngToleranceMetres"/> of the published X/Y — a check on both file and projection.
/// </summary>
public static class CentroidLoader
{
    /// <summary>ProjNET's 7-parameter Helmert transform is good to a few metres against OSTN15 (Ordnance Survey's
    /// "A guide to coordinate systems in Great Britain", §6.6); 10 m allows for a file made with OSTN15. The Rutland
    /// file agrees to 0.01 m, so a failure here means a wrong point or a broken projection, not transform error.</summary>
    public const double PublishedBngToleranceMetres = 10;

    public static IReadOnlyList<PopulationWeightedCentroid> Load(string path)
    {
        var result = new List<PopulationWeightedCentroid>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var features = GeoJsonReader.ReadFeatureCollection(path);
        for (int i = 0; i < features.Count; i++)
        {
            var f = features[i];
            string code = FeatureProperties.RequireString(path, i, f, "lsoa11cd");
            DataFileException Error(string problem) => new(path, null, $"feature {i} ({code}): {problem}");
            if (!LsoaCode.IsValid(code)) throw Error("'lsoa11cd' is not an LSOA code");
            if (!seen.Add(code)) throw Error("LSOA appears more than once");
            if (f.Geometry is not Point wgs84) throw Error($"expected a Point but found a {f.Geometry.GeometryType}");
            var bng = (Point)BritishNationalGrid.ToBng(wgs84);
            double x = FeatureProperties.RequireNumber(path, i, f, "X"), y = FeatureProperties.RequireNumber(path, i, f, "Y");
            double offset = Math.Sqrt((bng.X - x) * (bng.X - x) + (bng.Y - y) * (bng.Y - y));
            if (offset > PublishedBngToleranceMetres)
                throw Error($"projected point is {offset:F1} m from the published X/Y (tolerance {PublishedBngToleranceMetres} m)");
            result.Add(new PopulationWeightedCentroid(code, new LatLon(wgs84.Y, wgs84.X), bng));
        }
        if (result.Count == 0) throw new DataFileException(path, null, "no centroids");
        return result;
    }
}
