using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Rutland.Access.Api.OpenApi;

/// <summary>
/// What the document says about the API as a whole: title, description and licence, the tags' descriptions, that it
/// is public (an empty security requirement: no credentials), and server URLs without a trailing slash (clients append
/// paths that start with one).
/// </summary>
public sealed class ApiDocumentDescription : IOpenApiDocumentTransformer
{
    /// <summary>Every tag an endpoint group uses (WithTags), described; a tag missing here fails the OpenAPI lint.</summary>
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Service"] = "Whether the service is up and its data loaded, with load time, counts and notes.",
        ["Destinations"] = "The hospitals travel times are measured to.",
        ["Places"] = "Origins: Rutland's towns, villages and hamlets, and LSOA population-weighted centroids.",
        ["Travel times"] = "Place-to-destination matrices by car (free flow) and public transport (over a departure window).",
        ["Journeys"] = "One itinerary with its legs, by car or public transport.",
        ["Isochrones"] = "Areas reached within cutoffs, with the residents they hold.",
        ["Boundaries"] = "Ward, LSOA and county outlines.",
        ["Basemap"] = "The major roads the web map draws.",
        ["Equity"] = "Deprivation and access together: LSOA and ward layers, flags and the ranked gaps between the most and least deprived.",
        ["Scenarios"] = "What-if modifications (sites, routes) compared with the baseline, best sites, and saved scenarios.",
        ["OGC API - Features"] = "The read-only layers (equity LSOAs and wards, places, destinations, boundaries, travel times per destination and mode) as OGC API – Features Part 1 Core collections, for QGIS and GDAL.",
        ["Vector tiles"] = "The same layers as Mapbox vector tiles (/tiles/{layer}/{z}/{x}/{y}.mvt), for web maps and GIS clients.",
        ["Public transport"] = "The loaded timetables' stops and routes.",
    };

    public const string Title = "Rutland Access API";

    public const string Description =
        "How long it takes people in Rutland (England) to reach hospitals by car and by public transport, and where that " +
        "access is unfair. Every answer names its data (provenance) and says when a figure is estimated or a timetable " +
        "modelled. Errors are RFC 7807 problems (application/problem+json). The API is public: no credentials.";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = Title;
        document.Info.Description = Description;
        // The answers are derived from OpenStreetMap (ODbL), so they carry its licence; the other inputs are open
        // government data (OGL v3), named with their licences in each answer's provenance and geodata/manifest.json.
        document.Info.License = new OpenApiLicense { Name = "Open Database License 1.0 (answers derived from OpenStreetMap)", Identifier = "ODbL-1.0" };
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
        document.Security = [new OpenApiSecurityRequirement()];
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            if (tag.Name is { } name && Tags.TryGetValue(name, out var description))
                tag.Description = description;
        return Task.CompletedTask;
    }
}
