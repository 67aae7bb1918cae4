namespace Rutland.Access.Population;

/// <summary>
/// Every number of the population surface, in one place (reasoning in the README, "Where residents are"). Weights
/// are in square metres of dwelling footprint they stand for, so the three signals add up: where buildings are mapped
/// they dominate; where they are not, residential land and residential streets stand in at a comparable density.
/// </summary>
public static class ResidentialWeights
{
    /// <summary>Cell side in BNG metres (the issue asks for at most 200 m); cells are aligned to multiples of it.</summary>
    public const double CellMeters = 200;

    /// <summary>
    /// Spacing of the fine points that place residents inside a cell for isochrone counts: the drive isochrone grid's
    /// spacing (<c>ModeRegistry.Drive</c>'s geometry), so a point sits exactly on a field point.
    /// </summary>
    public const double PointMeters = 50;

    /// <summary>A mapped dwelling's footprint counts at face value: the signal the others are scaled to.</summary>
    public const double PerBuildingSquareMetre = 1.0;

    /// <summary>
    /// Buildings smaller than this are garden sheds, single garages and kiosks, not homes: a single garage is about
    /// 18 m² and the smallest one-bedroom bungalow footprint in the Nationally Described Space Standard is 39 m².
    /// </summary>
    public const double MinDwellingFootprintSquareMetres = 25;

    /// <summary>
    /// One building counts at most this footprint: detached houses with wings and small blocks of flats stay below it,
    /// while larger untyped buildings (<c>building=yes</c>) are mostly farm and industrial sheds, which would otherwise
    /// outweigh a street of homes.
    /// </summary>
    public const double MaxDwellingFootprintSquareMetres = 400;

    /// <summary>
    /// Residential land (<c>landuse=residential</c>) per square metre: English housing at 20–30 dwellings per
    /// hectare with 50–75 m² footprints covers roughly 15% of its land with buildings, so a hectare of residential land
    /// stands for about as many residents whether or not its buildings are mapped.
    /// </summary>
    public const double PerResidentialLandSquareMetre = 0.15;

    /// <summary>
    /// Residential streets (<c>highway=residential|living_street</c>) per metre: a dwelling every ~12 m of frontage on
    /// each side with a ~60 m² footprint gives ~10 m² per metre of street; half that, as streets also run past
    /// gardens, greens and gaps.
    /// </summary>
    public const double PerResidentialStreetMetre = 5.0;

    /// <summary>
    /// Residential land is sampled on a grid of this spacing (each sample stands for its square), streets in steps of
    /// at most this length: the fine points' spacing, a quarter of a cell.
    /// </summary>
    public const double SampleMeters = PointMeters;

    /// <summary>
    /// <c>building=*</c> values that are not homes. Untyped <c>building=yes</c> is kept: most mapped buildings in
    /// English villages carry no more than that.
    /// </summary>
    public static readonly IReadOnlySet<string> NonDwellingBuildings = new HashSet<string>(StringComparer.Ordinal)
    {
        "agricultural", "barn", "cowshed", "farm_auxiliary", "stable", "sty", "greenhouse", "glasshouse", "silo", "slurry_tank",
        "industrial", "warehouse", "factory", "manufacture", "commercial", "office", "retail", "supermarket", "kiosk", "shop",
        "garage", "garages", "carport", "shed", "hut", "roof", "parking", "service", "transformer_tower", "water_tower",
        "church", "chapel", "cathedral", "religious", "mosque", "synagogue", "temple", "school", "college", "university",
        "hospital", "civic", "public", "government", "fire_station", "train_station", "transportation", "hangar",
        "sports_hall", "sports_centre", "stadium", "grandstand", "pavilion", "boathouse", "toilets", "bunker", "ruins",
        "construction", "storage_tank", "tank", "container", "hotel",
    };
}
