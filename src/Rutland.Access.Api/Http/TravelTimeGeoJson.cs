using System.Text.Json;
using Rutland.Access.Analysis;
using Rutland.Access.Geo;

namespace Rutland.Access.Api.Http;

/// <summary>Travel times as an RFC 7946 FeatureCollection: one point feature per origin–destination pair, at the origin.</summary>
public static class TravelTimeGeoJson
{
    public static GeoJsonResult Write(IReadOnlyList<TravelTimeResult> results, AccessEngine engine, string method) =>
        new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json =>
            {
                json.WriteString("method", method);
                json.WritePropertyName("provenance");
                JsonSerializer.Serialize(json, engine.Provenance, JsonMembers.Options);
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

    /// <summary>
    /// Public-transport pairs: each feature's properties are the JSON result's fields and the <see cref="PtExportContext"/>;
    /// the collection carries the service date's feeds and warnings beside the method.
    /// </summary>
    public static GeoJsonResult WritePt(IReadOnlyList<PtTravelTimeDto> results, PtExportContext context, AccessEngine engine, string method,
        IReadOnlyList<Data.DatasetProvenance> provenance, PtServiceDay serviceDay) =>
        new GeoJsonResult(writer =>
        {
            writer.WriteStartFeatureCollection(json =>
            {
                json.WriteString("method", method);
                json.WritePropertyName("provenance");
                JsonSerializer.Serialize(json, provenance, JsonMembers.Options);
                serviceDay.Write(json);
            });
            foreach (var r in results)
                writer.WriteFeature(GeometryFactories.Wgs84Point(engine.FindPlace(r.From)!.Location), $"{r.From}:{r.To}", json =>
                {
                    JsonMembers.Write(json, r);
                    JsonMembers.Write(json, context);
                });
            writer.WriteEndFeatureCollection();
        });
}
