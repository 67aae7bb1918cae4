using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
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

    /// <summary>A CSV of points <c>id,name,lat,lon</c>. Unattributed: no LSOA, population or deprivation.</summary>
    private static IEnumerable<(Place, OriginRow)> ReadPoints(string csvPath, string runPath)
    {
        if (!File.Exists(csvPath)) throw new RunFileException(runPath, "origins.csv", $"{csvPath} not found");
        using var reader = new StreamReader(csvPath);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null });
        var points = new List<(Place, OriginRow)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        csv.Read();
        csv.ReadHeader();
        foreach (string column in new[] { "id", "lat", "lon" })
            if (!csv.HeaderRecord!.Contains(column)) throw new Data.DataFileException(csvPath, 1, $"header has no '{column}' column (id,name,lat,lon)");
        while (csv.Read())
        {
            long line = csv.Parser.RawRow;
            string id = csv.GetField("id") ?? "";
            if (id.Length == 0) throw new Data.DataFileException(csvPath, line, "field 'id' is empty");
            if (!seen.Add(id)) throw new Data.DataFileException(csvPath, line, $"field 'id': '{id}' appears twice");
            double lat = Coordinate(csv, "lat", 90, csvPath, line), lon = Coordinate(csv, "lon", 180, csvPath, line);
            string name = csv.HeaderRecord!.Contains("name") ? csv.GetField("name") ?? id : id;
            // The matrix reads only a place's id and location; the origin table says it is a bare point.
            var place = new Place(id, name, PlaceType.Hamlet, new LatLon(lat, lon), null, null, null);
            points.Add((place, new OriginRow { Id = id, Name = name, Type = PointType, Lat = lat, Lon = lon }));
        }
        return points;
    }

    private static double Coordinate(CsvReader csv, string field, double limit, string path, long line)
    {
        string text = csv.GetField(field) ?? "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || Math.Abs(v) > limit)
            throw new Data.DataFileException(path, line, $"field '{field}': '{text}' is not a coordinate");
        return v;
    }
}
