using System.Text.Json;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Reads a JSON request body strictly, turning every way it can be malformed into a problem that names the JSON path
/// and what was expected there (<see cref="JsonBodyErrors"/>), never a .NET type: 415 when the body is not declared
/// JSON (a cross-site form cannot post one), 413 beyond the size limit, 400 for the rest. No request body of this API
/// has a null inside a list, so one is rejected by its path before binding, rather than failing deep inside.
/// </summary>
public static class JsonBody
{
    public static Task<T> ReadAsync<T>(HttpRequest request) where T : class => ReadAsync<T>(request, ScenarioJson.Options, ApiLimits.MaxRequestBodyBytes);

    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, long maxBytes,
        string tooLargeAdvice = "split the request") where T : class
    {
        if (!request.HasJsonContentType())
            throw new QueryException(ApiProblem.UnsupportedMediaType(
                $"Send the body as JSON with 'Content-Type: application/json' (got '{request.ContentType ?? "none"}')."));
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes, tooLargeAdvice);
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(new LimitedStream(buffer, maxBytes, () => TooLarge(maxBytes, tooLargeAdvice)), request.HttpContext.RequestAborted);
        try
        {
            using (var document = JsonDocument.Parse(buffer.ToArray()))
            {
                if (NullInList(document.RootElement, "$") is { } path)
                    throw QueryParser.Bad($"The value at {path} is null; lists in this body hold objects or values, never null.");
            }
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), options)
                   ?? throw QueryParser.Bad("The request body is JSON null; send an object.");
        }
        catch (JsonException ex)
        {
            throw QueryParser.Bad(JsonBodyErrors.Describe(ex, typeof(T)));
        }
        catch (NotSupportedException ex) when (ex.Message.Contains("type discriminator", StringComparison.OrdinalIgnoreCase)
                                               || ex.Message.Contains("polymorphic", StringComparison.OrdinalIgnoreCase))
        {
            // A modification without "type" lands here: the parser cannot pick which kind to build.
            throw QueryParser.Bad("Every modification needs a \"type\": addDestination, removeDestination, addTransitRoute, " +
                                  "adjustRouteService or removeRoute.");
        }
    }

    private static string? NullInList(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    string at = $"{path}[{i++}]";
                    if (item.ValueKind == JsonValueKind.Null) return at;
                    if (NullInList(item, at) is { } inner) return inner;
                }
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    if (NullInList(property.Value, $"{path}.{property.Name}") is { } inner) return inner;
                return null;
            default:
                return null;
        }
    }

    private static QueryException TooLarge(long maxBytes, string advice) =>
        new(ApiProblem.TooLarge($"The body is larger than {maxBytes / 1024} kB; {advice}."));
}
