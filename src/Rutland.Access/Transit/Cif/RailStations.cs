using Rutland.Access.Data;

namespace Rutland.Access.Transit.Cif;

/// <summary>Loads NaPTAN rail stations keyed by TIPLOC, the key CIF schedules use for locations.</summary>
public static class RailStations
{
    /// <summary>NaPTAN's rail station ATCO codes are this prefix followed by the station's TIPLOC (9100OAKHAM).</summary>
    public const string AtcoPrefix = "9100";

    /// <summary>
    /// Reads a NaPTAN stops CSV (columns ATCOCode, CommonName, Latitude, Longitude). Rows whose ATCO code does not
    /// start with 9100 (rail access areas and entrances, 9110/9120...) are not stations and are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, (string AtcoCode, string Name, double Lat, double Lon)> Load(string path)
    {
        using var csv = CsvReader.Open(path);
        csv.RequireColumns("ATCOCode", "CommonName", "Latitude", "Longitude");
        var stations = new Dictionary<string, (string, string, double, double)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string atco = csv.Required("ATCOCode");
            if (!atco.StartsWith(AtcoPrefix, StringComparison.Ordinal) || atco.Length == AtcoPrefix.Length) continue;
            string tiploc = atco[AtcoPrefix.Length..];
            if (!stations.TryAdd(tiploc, (atco, csv.Required("CommonName"), csv.RequiredDouble("Latitude"), csv.RequiredDouble("Longitude"))))
                throw csv.Error($"field 'ATCOCode': '{atco}' appears twice");
        }
        return stations;
    }
}
