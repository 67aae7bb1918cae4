using System.Text.Json;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Reads a JSON request body in the scenarios' strict form, turning every way it can be malformed into a 400 problem
/// that quotes the parser (which names the JSON path and line), instead of the framework's bare 400.
/// </summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, ScenarioJson.Options, request.HttpContext.RequestAborted)
                   ?? throw QueryParser.Bad("The request body is JSON null; send an object.");
        }
        catch (JsonException ex)
        {
            throw QueryParser.Bad($"The request body is not valid: {ex.Message}");
        }
        catch (NotSupportedException ex)
        {
            // A modification without "type" lands here: the parser cannot pick which kind to build.
            throw QueryParser.Bad($"The request body is not valid: {ex.Message} Every modification needs a \"type\": addDestination, " +
                                  "removeDestination, addTransitRoute, adjustRouteService or removeRoute.");
        }
    }
}
