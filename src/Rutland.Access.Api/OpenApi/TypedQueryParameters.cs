using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Rutland.Access.Api.Http;

namespace Rutland.Access.Api.OpenApi;

/// <summary>
/// Types every query parameter of an operation from <see cref="QueryParameterSchemas"/>: handlers bind strings on
/// purpose (our parsers word the problems), so the framework alone documents bare strings. Handlers that read the
/// request themselves have their <see cref="AcceptedQueryParameters"/> documented too. An operation with a parameter
/// whose well-formed value can still be refused (out of bounds, a date no timetable covers) documents its 422.
/// </summary>
public sealed class TypedQueryParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<AcceptedQueryParameters>().SelectMany(d => d.Names);
        foreach (string name in declared)
        {
            operation.Parameters ??= [];
            if (operation.Parameters.Any(p => p.In == ParameterLocation.Query && p.Name == name)) continue;
            operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        }

        bool unprocessable = false;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            if (QueryParameterSchemas.Find(operation.OperationId, parameter.Name!) is not { } registered) continue;
            registered.Apply(parameter);
            unprocessable |= registered.OutOfRangeIsUnprocessable;
        }

        if (unprocessable && operation.Responses is { } responses && !responses.ContainsKey("422")
            && responses.TryGetValue("400", out var badRequest))
            responses["422"] = new OpenApiResponse
            {
                Description = "A well-formed value that cannot be answered (out of bounds, outside the study area or every timetable): an RFC 7807 problem naming the parameter.",
                Content = badRequest.Content,
            };
        return Task.CompletedTask;
    }
}
