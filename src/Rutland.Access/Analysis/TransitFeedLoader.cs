using Rutland.Access.Data;
using Rutland.Access.Routing;
using Rutland.Access.Transit.Cif;
using Rutland.Access.Transit.Gtfs;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Analysis;

/// <summary>
/// Reads the configured timetables: a GTFS feed (zip or folder, e.g. a Bus Open Data Service download, taken
/// unchanged) or a rail CIF file (.mca/.cif, its calls placed at NaPTAN rail stations).
/// </summary>
public static class TransitFeedLoader
{
    public const string RailStationsFile = "naptan/910-rail-stations-studyarea.csv";
    public const string RailCifFile = "rail/oakham-schedules-2020-03.mca";
    public const string ModelledFeedFolder = "transit/rutland-modelled";

    private static readonly string[] CifExtensions = [".mca", ".cif"];

    /// <summary>The default list: the authored modelled Rutland bus feed, then the real CIF rail extract.</summary>
    public static IReadOnlyList<string> DefaultPaths(string inputs, string authored) =>
        [Path.Combine(authored, ModelledFeedFolder), Path.Combine(inputs, RailCifFile)];

    /// <exception cref="DataFileException">A feed is missing or malformed.</exception>
    public static IReadOnlyList<(TimetableFeed Feed, TransitFeedSummary Summary)> Load(IEnumerable<string> paths, string inputs)
    {
        var loaded = new List<(TimetableFeed, TransitFeedSummary)>();
        IReadOnlyDictionary<string, (string AtcoCode, string Name, double Lat, double Lon)>? stations = null;
        foreach (string path in paths)
        {
            if (CifExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                stations ??= RailStations.Load(Path.Combine(inputs, RailStationsFile));
                var cif = CifReader.Read(path, stations);
                loaded.Add((cif, TransitFeedSummary.Of(cif, path, "cif")));
                continue;
            }
            if (!File.Exists(path) && !Directory.Exists(path)) throw new DataFileException(path, null, "transit feed not found");
            var gtfs = GtfsReader.Read(path);
            loaded.Add((gtfs, TransitFeedSummary.Of(gtfs, path, "gtfs")));
        }
        return loaded;
    }
}
