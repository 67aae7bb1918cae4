using System.Globalization;
using Rutland.Access.Data;
using Rutland.Access.Geo;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// NaPTAN stops by ATCO code from the study area's NaPTAN CSVs. Rows without latitude/longitude (the Peterborough
/// file carries only British National Grid easting/northing) are placed by converting their grid reference.
/// </summary>
public static class NaptanStopIndex
{
    /// <summary>The NaPTAN files of the study area, relative to the input data folder.</summary>
    public static readonly string[] StudyAreaFiles =
    [
        "naptan/268-rutland-stops.csv",
        "naptan/260-leicestershire-stops-studyarea.csv",
        "naptan/270-lincolnshire-stops-studyarea.csv",
        "naptan/059-peterborough-stops-studyarea.csv",
        "naptan/910-rail-stations-studyarea.csv",
    ];

    public static IReadOnlyDictionary<string, NaptanStop> Load(string inputsDirectory)
    {
        var stops = new Dictionary<string, NaptanStop>(StringComparer.Ordinal);
        foreach (string file in StudyAreaFiles)
        {
            using var csv = CsvReader.Open(Path.Combine(inputsDirectory, file));
            csv.RequireColumns("ATCOCode", "NaptanCode", "CommonName", "Indicator", "LocalityName", "Easting", "Northing", "Longitude", "Latitude");
            while (csv.Read())
            {
                string atco = csv.Required("ATCOCode");
                var location = csv.OptionalDouble("Latitude") is { } lat && csv.OptionalDouble("Longitude") is { } lon
                    ? new LatLon(lat, lon)
                    : BritishNationalGrid.ToWgs84(csv.RequiredDouble("Easting"), csv.RequiredDouble("Northing"));
                if (!stops.TryAdd(atco, new NaptanStop(atco, csv.Optional("NaptanCode"), DisplayName(csv), location)))
                    throw csv.Error($"field 'ATCOCode': '{atco}' appears in more than one NaPTAN row");
            }
        }
        return stops;
    }

    /// <summary>"Locality, Common name (indicator)", the way stops are announced; names already led by the locality keep it once.</summary>
    private static string DisplayName(CsvReader csv)
    {
        string common = csv.Required("CommonName");
        string? locality = csv.Optional("LocalityName");
        string? indicator = csv.Optional("Indicator");
        string name = locality is null || common.StartsWith(locality, StringComparison.OrdinalIgnoreCase) ? common : $"{locality}, {common}";
        return indicator is null || indicator == "-" ? name : string.Create(CultureInfo.InvariantCulture, $"{name} ({indicator})");
    }
}
