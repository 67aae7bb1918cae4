using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Rutland.Access.Analysis;
using Rutland.Access.Api.Endpoints;
using Rutland.Access.Geo;
using Rutland.Access.Interop;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Api.Http;

/// <summary>
/// A scenario comparison as a GeoPackage: one layer of LSOA polygons per figures set (the baseline first, then each
/// scenario in the request's order), each LSOA with its access in that scenario and, for a scenario, the change from the
/// baseline (scenario minus baseline; null where either has no time). Each layer's metadata holds the JSON answer's
/// figures for that set (county figures, flags, the difference vs baseline) beside the method, window and provenance.
/// </summary>
public static class ScenarioGeoPackage
{
    public const string BaselineLayerId = "baseline";

    public static FileContentHttpResult Write(ScenarioEndpoints.CompareResponse response, AccessEngine engine)
    {
        var answer = JsonSerializer.SerializeToElement(response, JsonMembers.Options);
        var shared = answer.EnumerateObject().Where(m => m.Name is not ("baseline" or "scenarios")).ToArray();
        var areas = engine.Equity.Lsoa11Boundaries.ToDictionary(a => a.Code, a => BritishNationalGrid.ToWgs84(a.Bng));
        var baseline = response.Baseline.Lsoas.ToDictionary(l => l.Lsoa);

        var layers = new List<FeatureLayer> { Layer(BaselineLayerId, response.Baseline, null, answer.GetProperty("baseline"), shared, areas, baseline) };
        var outcomes = answer.GetProperty("scenarios").EnumerateArray().ToArray();
        for (int i = 0; i < response.Scenarios.Count; i++)
        {
            var versus = outcomes[i].GetProperty("versusBaseline");
            layers.Add(Layer($"scenario-{i + 1}", response.Scenarios[i].Figures, versus, outcomes[i].GetProperty("figures"), shared, areas, baseline));
        }
        return GeoPackageFile.Of(layers, "scenario-comparison");
    }

    private static FeatureLayer Layer(string id, ScenarioFigures figures, JsonElement? versusBaseline, JsonElement figuresJson,
        IReadOnlyList<JsonProperty> shared, IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> areas,
        IReadOnlyDictionary<string, LsoaScenarioAccess> baseline)
    {
        var features = figures.Lsoas.Select(l =>
        {
            var properties = JsonSerializer.SerializeToElement(l, JsonMembers.Options).EnumerateObject().ToDictionary(m => m.Name, m => m.Value);
            if (versusBaseline is not null)
            {
                var b = baseline[l.Lsoa];
                properties["driveMinutesChange"] = JsonSerializer.SerializeToElement(l.DriveMinutes - b.DriveMinutes);
                properties["ptMinutesChange"] = JsonSerializer.SerializeToElement(l.PtMinutes - b.PtMinutes);
            }
            return new GeoJsonFeature(l.Lsoa, areas[l.Lsoa], properties);
        }).ToArray();
        var metadata = shared.ToDictionary(m => m.Name, m => m.Value);
        foreach (var member in figuresJson.EnumerateObject().Where(m => m.Name != "lsoas")) metadata[member.Name] = member.Value;
        if (versusBaseline is { } v)
            metadata["versusBaseline"] = JsonSerializer.SerializeToElement(v.EnumerateObject().Where(m => m.Name != "changedLsoas")
                .ToDictionary(m => m.Name, m => m.Value));
        string kind = versusBaseline is null ? "Baseline" : "Scenario";
        // The id in the title keeps identifiers unique (gpkg_contents) when two scenarios share a name.
        return new FeatureLayer(id, $"{id}: {figures.Name}",
            $"{kind} '{figures.Name}': each LSOA's minutes to its nearest destination by drive and PT" +
            (versusBaseline is null ? "." : ", and the change from the baseline (scenario minus baseline, negative = faster)."),
            features, metadata, NativeCrs.BritishNationalGrid);
    }
}
