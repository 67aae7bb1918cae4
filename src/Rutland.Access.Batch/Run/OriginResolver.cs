using System.Globalization;
using Rutland.Access.Analysis;
using Rutland.Access.Batch.Output;
using Rutland.Access.Geo;
using Rutland.Access.Places;

namespace Rutland.Access.Batch.Run;

/// <summary>
/// The run's origins in their one fixed order (ordinal by id, so every shard of every machine agrees), each as
/// the engine's <see cref="Place"/> and as the output's <see cref="OriginRow"/>.
/// </summary>
public static class OriginResolver
{
    public const string PointType = "point";

    public static IReadOnlyList<(Place Place, OriginRow Row)> Resolve(AccessEngine engine, RunDescription run, string runPath)
    {
        var deciles = engine.Equity.Imd2019ByLsoa11.ToDictionary(d => d.LsoaCode, d => d.Imd.Decile);
        IEnumerable<(Place, OriginRow)> origins = run.Origins.Types is { } types
            ? engine.Places.Where(p => types.Contains(p.Type)).Select(p => (p, new OriginRow
            {
                Id = p.Id, Name = p.Name, Type = PlaceTypes.Name(p.Type), Lat = p.Location.Lat, Lon = p.Location.Lon,
                Lsoa = p.Lsoa, Population = p.Population,
                Imd2019Decile = p.Lsoa is { } lsoa && deciles.TryGetValue(lsoa, out int decile) ? decile : null,
            }))
            : ReadPoints(run.Origins.CsvPath!, runPath);
        var ordered = origins.OrderBy(o => o.Item1.Id, StringComparer.Ordinal).ToArray();
        if (ordered.Length == 0) throw new RunFileException(runPath, "origins", "selects no origin");
        return ordered;
    }

    /// <summary>
    /// A CSV of points <c>id,name,lat,lon</c>, read with the project's CSV reader (errors name the file, line and field).
    /// Unattributed: no LSOA, population or deprivation.
    /// </summary>
    private static IEnumerable<(Place, OriginRow)> ReadPoints(string csvPath, string runPath)
    {
        if (!File.Exists(csvPath)) throw new RunFileException(runPath, "origins.csv", $"{csvPath} not found");
        using var csv = Data.CsvReader.Open(csvPath);
        csv.RequireColumns("id", "lat", "lon");
        var points = new List<(Place, OriginRow)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string id = csv.Required("id");
            if (!seen.Add(id)) throw csv.Error($"field 'id': '{id}' appears twice");
            double lat = Coordinate(csv, "lat", 90), lon = Coordinate(csv, "lon", 180);
            string name = csv.Optional("name") ?? id;
            // The matrix reads only a place's id and location; the origin table says it is a bare point.
            var place = new Place(id, name, PlaceType.Hamlet, new LatLon(lat, lon), null, null, null);
            points.Add((place, new OriginRow { Id = id, Name = name, Type = PointType, Lat = lat, Lon = lon }));
        }
        return points;
    }

    private static double Coordinate(Data.CsvReader csv, string field, double limit)
    {
        double v = csv.RequiredDouble(field);
        return Math.Abs(v) <= limit ? v : throw csv.Error($"field '{field}': {v} is not a coordinate");
    }
}
