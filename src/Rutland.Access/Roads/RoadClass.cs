namespace Rutland.Access.Roads;

/// <summary>OSM <c>highway</c> classes, coarsened to what routing, speeds and maps need.</summary>
public enum RoadClass : byte
{
    Motorway, Trunk, Primary, Secondary, Tertiary, Unclassified, Residential, LivingStreet, Service, Path, Other,
}

public static class RoadClasses
{
    public static RoadClass FromHighway(string highway) => highway switch
    {
        "motorway" or "motorway_link" => RoadClass.Motorway,
        "trunk" or "trunk_link" => RoadClass.Trunk,
        "primary" or "primary_link" => RoadClass.Primary,
        "secondary" or "secondary_link" => RoadClass.Secondary,
        "tertiary" or "tertiary_link" => RoadClass.Tertiary,
        "unclassified" or "road" => RoadClass.Unclassified,
        "residential" => RoadClass.Residential,
        "living_street" => RoadClass.LivingStreet,
        "service" => RoadClass.Service,
        "footway" or "path" or "pedestrian" or "steps" or "track" or "bridleway" or "cycleway" => RoadClass.Path,
        _ => RoadClass.Other,
    };
}
