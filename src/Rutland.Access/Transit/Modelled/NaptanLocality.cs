using Rutland.Access.Data;

namespace Rutland.Access.Transit.Modelled;

/// <summary>An active NaPTAN bus stop (on-street or in a bus station) and its NPTG locality, from the study area's NaPTAN files.</summary>
public sealed record NaptanLocality(string AtcoCode, string Locality)
{
    private static readonly string[] BusStopTypes = ["BCT", "BCS"];

    public static IReadOnlyList<NaptanLocality> LoadActiveBusStops(string inputsDirectory)
    {
        var result = new List<NaptanLocality>();
        foreach (string file in NaptanStopIndex.StudyAreaFiles)
        {
            using var csv = CsvReader.Open(Path.Combine(inputsDirectory, file));
            csv.RequireColumns("ATCOCode", "LocalityName", "StopType", "Status");
            while (csv.Read())
            {
                if (csv.Optional("Status") == "active" && BusStopTypes.Contains(csv.Optional("StopType")) && csv.Optional("LocalityName") is { } locality)
                    result.Add(new NaptanLocality(csv.Required("ATCOCode"), locality));
            }
        }
        return result;
    }
}
