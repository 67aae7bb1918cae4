using Rutland.Access.Population;

namespace Rutland.Access.Isochrones;

/// <summary>
/// Isochrone population from the <see cref="PopulationSurface"/>: residents at each of its fine points whose nearest
/// field point is reached within the cutoff. The points lie on the drive grid, so a drive isochrone counts exactly the
/// residents inside its contour; each LSOA contributes at most its own residents.
/// </summary>
public sealed class SurfacePopulationCount(PopulationSurface surface) : IPopulationSurface
{
    public PopulationCount Total { get; } = new(surface.Points.Sum(p => p.Total), surface.Points.Sum(p => p.Aged65Plus));

    public string Method => surface.Method + " Counted where the isochrone covers them.";

    public PopulationCount Within(TravelTimeField field, float cutoffSeconds)
    {
        double total = 0, older = 0;
        foreach (var p in surface.Points)
        {
            if (!(field.SecondsNear(p.Easting, p.Northing) <= cutoffSeconds)) continue;
            total += p.Total;
            older += p.Aged65Plus;
        }
        return new PopulationCount(total, older);
    }
}
