using System.Globalization;
using Rutland.Access.Roads;

namespace Rutland.Access.Routing;

/// <summary>
/// Every travel mode, once: the API's mode names, the road networks built at start-up, the isochrone geometry, the
/// OpenAPI enums, the OGC travel-time collections and the batch runs all enumerate <see cref="All"/>. Adding a mode is a
/// road profile class in <c>Roads/</c> and one entry here. Drive, walk and public transport are named because other
/// code asks for them specifically (the equity analysis drives, public transport walks to its stops).
/// </summary>
public static class ModeRegistry
{
    /// <summary>
    /// Drive isochrones: 150 m either side of a reached road counts as reached. Farms, hamlets and new estates sit at the
    /// end of private drives and yards that OSM does not map as car roads, and a car is left on the road for the last
    /// couple of minutes on foot (150 m at 4.8 km/h ≈ 2 min). Grid 50 m, so the buffer spans three cells.
    /// </summary>
    public static readonly TravelMode Drive = new("drive", "drive (free flow)", CarProfile.Instance,
        new ModeGeometry(WalkOffMeters: 150, GridMeters: 50), Timetabled: false,
        string.Format(CultureInfo.InvariantCulture,
            "Free-flow car times on the OSM road network: speed = min(legal limit × {0}, OSRM class default); UK national " +
            "limits where untagged; lit roads restricted to 30 mph. No time-of-day congestion model, so departure time " +
            "does not change drive times.", UkSpeedModel.RealismFactor));

    /// <summary>
    /// Walk isochrones: 50 m from a reached path or road — front gardens, yards and unmapped short cuts; paths are dense
    /// in towns, so a wider buffer would fill fields nobody can cross. Grid 20 m (2.5 cells of buffer).
    /// </summary>
    public static readonly TravelMode Walk = new("walk", "walk", WalkProfile.Instance,
        new ModeGeometry(WalkOffMeters: 50, GridMeters: 20), Timetabled: false,
        string.Format(CultureInfo.InvariantCulture,
            "Walking at {0} km/h (DfT journey time statistics) on the OSM pedestrian network: footways, paths, tracks and " +
            "every road but motorways, both ways.", WalkProfile.WalkSpeedKmh));

    /// <summary>Public transport is walked at both ends on the pedestrian network, so its isochrones are drawn with the walk geometry.</summary>
    public static readonly TravelMode Pt = new("pt", "public transport", WalkProfile.Instance, Walk.Geometry, Timetabled: true,
        "Public transport over a departure window (range RAPTOR over the timetables), walked to, from and between stops.");

    public static readonly IReadOnlyList<TravelMode> All =
    [
        Drive,
        Walk,
        // Cycle isochrones: 50 m from a reached way, as for walking (the bike is left at the gate); grid 25 m, 6 s of
        // riding at 15 km/h, two cells of buffer — half the cells of a 20 m grid over the larger area a bike covers.
        new("cycle", "cycle (OSRM bicycle profile)", BicycleProfile.Instance, new ModeGeometry(WalkOffMeters: 50, GridMeters: 25),
            Timetabled: false,
            string.Format(CultureInfo.InvariantCulture,
                "Cycling at OSRM bicycle-profile speeds on the OSM ways open to bikes: {0} km/h on roads and cycleways, track " +
                "{1}, path {2}, capped by the surface (e.g. gravel {3}); the bike is pushed at {4} km/h where only walking is " +
                "allowed (footways, bicycle=dismount; steps {5}); no motorways or trunk roads unless open to bikes. Flat: " +
                "no hills, turns or traffic lights.", BicycleProfile.DefaultSpeedKmh, BicycleProfile.BicycleSpeedsKmh["track"],
                BicycleProfile.BicycleSpeedsKmh["path"], BicycleProfile.SurfaceSpeedsKmh["gravel"], BicycleProfile.WalkingSpeedKmh,
                BicycleProfile.PushingSpeedsKmh["steps"])),
        Pt,
    ];

    public static readonly IReadOnlyDictionary<string, TravelMode> ByName = All.ToDictionary(m => m.Name);

    /// <summary>The mode of a request that names none.</summary>
    public static TravelMode Default => Drive;

    /// <summary>The road profiles the modes search, each once: one network is built for each.</summary>
    public static IReadOnlyList<ITravelProfile> RoadProfiles { get; } = All.Select(m => m.Profile).Distinct().ToArray();

    public static TravelMode Get(string name) => ByName.TryGetValue(name, out var mode)
        ? mode
        : throw new ArgumentException($"unknown mode '{name}'; known: {string.Join(", ", ByName.Keys)}", nameof(name));
}
