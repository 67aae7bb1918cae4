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

    /// <summary>NaPTAN StopType values of places a bus calls at: on-street bus stop (BCT) and bus-station bay (BCS).</summary>
    public static readonly string[] BusStopTypes = ["BCT", "BCS"];

    /// <summary>NaPTAN's eight-point compass Bearing values, in degrees.</summary>
    private static readonly Dictionary<string, double> CompassDegrees = new(StringComparer.Ordinal)
    {
        ["N"] = 0, ["NE"] = 45, ["E"] = 90, ["SE"] = 135, ["S"] = 180, ["SW"] = 225, ["W"] = 270, ["NW"] = 315,
    };

    public static IReadOnlyDictionary<string, NaptanStop> Load(string inputsDirectory)
    {
        var stops = new Dictionary<string, NaptanStop>(StringComparer.Ordinal);
        foreach (string file in StudyAreaFiles)
        {
            using var csv = CsvReader.Open(Path.Combine(inputsDirectory, file));
            csv.RequireColumns("ATCOCode", "NaptanCode", "CommonName", "Indicator", "LocalityName", "Easting", "Northing", "Longitude", "Latitude",
                "Bearing", "StopType", "Status");
            while (csv.Read())
            {
                string atco = csv.Required("ATCOCode");
                var location = csv.OptionalDouble("Latitude") is { } lat && csv.OptionalDouble("Longitude") is { } lon
                    ? new LatLon(lat, lon)
                    : BritishNationalGrid.ToWgs84(csv.RequiredDouble("Easting"), csv.RequiredDouble("Northing"));
                double? bearing = csv.Optional("Bearing") is { } compass
                    ? CompassDegrees.TryGetValue(compass, out double degrees) ? degrees : throw csv.Error($"field 'Bearing': '{compass}' is not one of N, NE, E, SE, S, SW, W, NW")
                    : null;
                bool activeBusStop = csv.Optional("Status") == "active" && BusStopTypes.Contains(csv.Required("StopType"));
                if (!stops.TryAdd(atco, new NaptanStop(atco, csv.Optional("NaptanCode"), DisplayName(csv), location, bearing, activeBusStop, PlaceName(csv))))
                    throw csv.Error($"field 'ATCOCode': '{atco}' appears in more than one NaPTAN row");
            }
        }
        return stops;
    }

    /// <summary>"Locality, Common name (indicator)", the way stops are announced; names already led by the locality keep it once.</summary>
    private static string DisplayName(CsvReader csv)
    {
        string name = PlaceName(csv);
        string? indicator = csv.Optional("Indicator");
        return indicator is null || indicator == "-" ? name : string.Create(CultureInfo.InvariantCulture, $"{name} ({indicator})");
    }

    /// <summary>"Locality, Common name": what the two stops of a pair have in common.</summary>
    private static string PlaceName(CsvReader csv)
    {
        string common = csv.Required("CommonName");
        string? locality = csv.Optional("LocalityName");
        return locality is null || common.StartsWith(locality, StringComparison.OrdinalIgnoreCase) ? common : $"{locality}, {common}";
    }
}
