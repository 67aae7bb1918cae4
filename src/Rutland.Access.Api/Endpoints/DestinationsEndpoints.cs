using Rutland.Access.Analysis;

namespace Rutland.Access.Api.Endpoints;

public static class DestinationsEndpoints
{
    public static IEndpointRouteBuilder MapDestinationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/destinations").WithTags("Destinations")
            .MapGet("/", (AccessEngine engine) => TypedResults.Ok(Dtos(engine)))
            .WithName("ListDestinations")
            .WithSummary("The destinations travel times are computed to; onNetwork is false where the road extract does not reach them.");
        return app;
    }

    internal static DestinationDto[] Dtos(AccessEngine engine) => engine.Destinations.Select(d => new DestinationDto(
        d.Id, d.Name, d.Location.Lat, d.Location.Lon, d.OdsCode, engine.IsOnCarNetwork(d), d.Kind, d.CoordinateSource)).ToArray();

    public sealed record DestinationDto(string Id, string Name, double Lat, double Lon, string? OdsCode, bool OnNetwork, string Kind, string CoordinateSource);
}
