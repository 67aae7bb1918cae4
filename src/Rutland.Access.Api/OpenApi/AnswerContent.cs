using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;

namespace Rutland.Access.Api.OpenApi;

/// <summary>
/// Documents a 200 whose JSON body is one of several records (drive or public-transport answers) and which other
/// formats the same operation can answer in (CSV, GeoJSON). The framework keeps one response type per status code,
/// so several <c>Produces</c> on one status would leave only the last.
/// </summary>
public static class AnswerContent
{
    /// <summary>A GeoJSON FeatureCollection (written by our own GeoJSON writer, so no record to describe).</summary>
    public static RouteHandlerBuilder ProducesGeoJson(this RouteHandlerBuilder builder) => builder.ProducesAnswers([], GeoJsonResult.ContentType);

    public static RouteHandlerBuilder ProducesAnswers(this RouteHandlerBuilder builder, Type[] json, params string[] otherMediaTypes) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schemas = new List<IOpenApiSchema>();
            foreach (var type in json)
            {
                var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
                context.Document!.AddComponent(type.Name, schema);
                schemas.Add(new OpenApiSchemaReference(type.Name, context.Document));
            }
            var content = new Dictionary<string, OpenApiMediaType>();
            // anyOf rather than oneOf: the records share members, and nothing forbids extra ones.
            if (schemas.Count > 0)
                content["application/json"] = new OpenApiMediaType { Schema = schemas.Count == 1 ? schemas[0] : new OpenApiSchema { AnyOf = schemas } };
            foreach (string mediaType in otherMediaTypes)
                content[mediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = mediaType.StartsWith("text/", StringComparison.Ordinal) ? JsonSchemaType.String : JsonSchemaType.Object },
                };
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse { Description = "OK", Content = content };
        });
}
