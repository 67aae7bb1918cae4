namespace Rutland.Access.Api.Http;

/// <summary>
/// Headers every answer carries: no MIME sniffing (a JSON or CSV answer is never run as a script), and for the web
/// map's HTML a content security policy that allows only this origin — the map's libraries are vendored, tiles and
/// data come from the API itself. MapLibre needs blob: workers and data:/blob: images; styles set from script need
/// inline styles. The interactive docs (/docs) keep Swagger UI's own inline bootstrap, so they get no CSP.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string WebMapPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "worker-src 'self' blob:; child-src blob:; connect-src 'self'; font-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                && !context.Request.Path.StartsWithSegments("/docs"))
                headers.ContentSecurityPolicy = WebMapPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
