using System.Text;
using Rutland.Access.Data;
using Rutland.Access.Geo;

namespace Rutland.Access.Places;

/// <summary>
/// Reads OSM settlements (<c>places/places_rutland_osm.csv</c>: name, place, lon, lat) as origins. Only towns,
/// villages and hamlets are origins; localities and isolated dwellings are counted, not used, so nothing is
/// dropped without a trace.
/// </summary>
public static class SettlementLoader
{
    public sealed record Result(IReadOnlyList<Place> Settlements, IReadOnlyDictionary<string, int> NotUsedByType);

    public static Result Load(string path)
    {
        using var csv = CsvReader.Open(path);
        csv.RequireColumns("name", "place", "lon", "lat");
        var places = new List<Place>();
        var notUsed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var ids = new HashSet<string>();
        while (csv.Read())
        {
            string kind = csv.Required("place");
            PlaceType? type = kind switch
            {
                "town" => PlaceType.Town, "village" => PlaceType.Village, "hamlet" => PlaceType.Hamlet, _ => null,
            };
            if (type is null) { notUsed[kind] = notUsed.GetValueOrDefault(kind) + 1; continue; }
            string name = csv.Required("name");
            string id = Slug(name);
            if (!ids.Add(id)) throw csv.Error($"two settlements share the id '{id}' (name '{name}')");
            var location = new LatLon(csv.RequiredDouble("lat"), csv.RequiredDouble("lon"));
            places.Add(new Place(id, name, type.Value, location, null, null, null));
        }
        return new Result(places, notUsed);
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens: "Belton-in-Rutland" → "belton-in-rutland".</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) || c is '-' or '\'' or '.' or ',' or '&' or '/')
            {
                if (c is '\'' or '.') continue;
                if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            }
        }
        return sb.ToString().TrimEnd('-');
    }
}
