using System.Text.RegularExpressions;
using Rutland.Access.Data;
using Rutland.Access.Geo;

namespace Rutland.Access.Places;

/// <summary>Reads the project's authored destination list (<c>geodata/destinations.csv</c>); ids are stable API keys.</summary>
public static partial class DestinationCatalog
{
    public const string FileName = "destinations.csv";

    public static IReadOnlyList<Destination> Load(string path)
    {
        using var csv = CsvReader.Open(path);
        csv.RequireColumns("id", "name", "lat", "lon");
        var list = new List<Destination>();
        var seen = new HashSet<string>();
        while (csv.Read())
        {
            string id = csv.Required("id");
            if (!IdPattern().IsMatch(id)) throw csv.Error($"field 'id': '{id}' must be lower-case letters, digits and hyphens");
            if (!seen.Add(id)) throw csv.Error($"field 'id': '{id}' appears twice");
            var location = new LatLon(csv.RequiredDouble("lat"), csv.RequiredDouble("lon"));
            if (Math.Abs(location.Lat) > 90 || Math.Abs(location.Lon) > 180) throw csv.Error("lat/lon out of range");
            list.Add(new Destination(id, csv.Required("name"), csv.Optional("ods_code"), location,
                csv.Optional("kind") ?? "destination", csv.Optional("coordinate_source") ?? "unknown"));
        }
        if (list.Count == 0) throw new DataFileException(path, null, "no destinations");
        return list;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
