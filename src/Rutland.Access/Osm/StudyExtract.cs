namespace Rutland.Access.Osm;

/// <summary>
/// The study area's OSM extract, relative to the input data directory: read at start-up for the road graphs and the
/// residential land, and by the modelled-feed generator for its bus route relations.
/// </summary>
public static class StudyExtract
{
    public const string RelativePath = "osm/rutland-2022-07-20.osm.pbf";
}
