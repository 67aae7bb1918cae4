using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;

namespace Rutland.Access.Api.Http;

/// <summary>Travel times as an RFC 7946 FeatureCollection: one point feature per origin–destination pair, at the origin.</summary>
public static class TravelTimeGeoJson
{
    /// <param name="serviceDay">For public transport: the service date's feeds and warnings, written beside the method.</param>
    public static IResult Write(IReadOnlyList<TravelTimeResult> results, AccessEngine engine, string method, PtServiceDay? serviceDay = null) =>
        new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json =>
            {
                json.WriteString("method", method);
                json.WritePropertyName("provenance");
                JsonSerializer.Serialize(json, engine.Provenance, JsonMembers.Options);
                serviceDay?.Write(json);
            });
            foreach (var r in results)
            {
                var place = engine.FindPlace(r.From)!;
                var dto = TravelTimeDto.Create(r, engine);
                writer.WriteFeature(GeometryFactories.Wgs84Point(place.Location),
                    $"{r.From}:{r.To}", json => JsonMembers.Write(json, dto));
            }
            writer.WriteEndFeatureCollection();
        });
}
