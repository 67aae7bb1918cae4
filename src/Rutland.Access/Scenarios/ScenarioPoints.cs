using Rutland.Access.Geo;

namespace Rutland.Access.Scenarios;

/// <summary>Checks scenario coordinates against the study area, naming a swapped latitude/longitude as such.</summary>
public static class ScenarioPoints
{
    public static void RequireInStudyArea(LatLon p, string what)
    {
        if (!double.IsFinite(p.Lat) || !double.IsFinite(p.Lon) || Math.Abs(p.Lat) > 90 || Math.Abs(p.Lon) > 180)
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"{what}: ({p.Lat}, {p.Lon}) is not a WGS84 latitude/longitude.");
        if (StudyArea.Contains(p)) return;
        var swapped = new LatLon(p.Lon, p.Lat);
        throw new ScenarioException(ScenarioProblemKind.Unanswerable, StudyArea.Contains(swapped)
            ? $"{what}: ({p}) is outside the study area, but ({swapped}) is inside it: latitude and longitude look swapped."
            : $"{what}: ({p}) is outside the study area ({StudyArea.Description}).");
    }
}
