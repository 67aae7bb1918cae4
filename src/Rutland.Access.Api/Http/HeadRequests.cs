namespace Rutland.Access.Api.Http;

/// <summary>
/// HEAD on any GET resource (RFC 9110 §9.3.2): the request is routed as GET, so status and headers are exactly the
/// GET answer's, and the body is discarded. Runs before routing, because minimal APIs map GET only.
/// </summary>
public sealed class HeadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
