namespace Rutland.Access.Places;

/// <summary>Kinds of origin: OSM settlements and the population-weighted centroids of LSOAs.</summary>
public enum PlaceType { Town, Village, Hamlet, Lsoa }

public static class PlaceTypes
{
    public static PlaceType? Parse(string value) => value.ToLowerInvariant() switch
    {
        "town" => PlaceType.Town, "village" => PlaceType.Village, "hamlet" => PlaceType.Hamlet, "lsoa" => PlaceType.Lsoa,
        _ => null,
    };

    public static string Name(PlaceType type) => type.ToString().ToLowerInvariant();
}
