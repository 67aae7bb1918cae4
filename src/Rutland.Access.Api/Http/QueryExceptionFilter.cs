namespace Rutland.Access.Api.Http;

/// <summary>Lets endpoint code parse with plain throws while clients still get RFC 7807 responses.</summary>
public sealed class QueryExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (QueryException ex)
        {
            return ex.Problem;
        }
    }
}
