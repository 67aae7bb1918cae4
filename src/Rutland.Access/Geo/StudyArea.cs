namespace Rutland.Access.Geo;

/// <summary>
/// The area this service answers for: Rutland and the four destination hospitals with a margin — the NaPTAN
/// study area (E 465–525 km, N 285–330 km) in degrees, widened to include Peterborough City Hospital.
/// </summary>
public static class StudyArea
{
    public const double MinLat = 52.40, MaxLat = 52.90, MinLon = -1.10, MaxLon = -0.20;

    public static string Description => FormattableString.Invariant($"lat {MinLat}..{MaxLat}, lon {MinLon}..{MaxLon}");

    public static bool Contains(LatLon p) => p.Lat is >= MinLat and <= MaxLat && p.Lon is >= MinLon and <= MaxLon;
}
