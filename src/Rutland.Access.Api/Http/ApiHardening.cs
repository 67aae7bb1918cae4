using Microsoft.AspNetCore.Diagnostics;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Wires the request limits (<see cref="ApiLimits"/>), the request timeout and error shaping, so that Program.cs
/// needs two calls. Every error a client can see, including the framework's own rejections, is RFC 7807.
/// </summary>
public static class ApiHardening
{
    public static WebApplicationBuilder AddApiHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = ApiLimits.MaxRequestBodyBytes;
            k.AddServerHeader = false;
            k.ConfigureEndpointDefaults(listen => KestrelRejectionProblems.Use(listen));
        });
        builder.Services.AddApiCors(builder.Configuration);
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = RequestTimeoutProblem.Policy(ApiLimits.RequestTimeout));
        ThreadPool.GetMinThreads(out int workers, out int completions);
        ThreadPool.SetMinThreads(Math.Max(workers, ApiLimits.MinPoolThreadsPerCore * Environment.ProcessorCount), completions);
        // A malformed body or wrong content type surfaces as BadHttpRequestException (thrown in Development):
        // keep its 400/413/415 rather than the handler's default 500. The handler never writes exception details.
        builder.Services.Configure<ExceptionHandlerOptions>(o =>
            o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        builder.Services.AddApiResponseCompression();
        builder.Services.AddImmutableAnswerCache();
        return builder;
    }

    /// <summary>Call after UseExceptionHandler and UseStatusCodePages, before mapping endpoints.</summary>
    public static WebApplication UseApiHardening(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<QueryStringLimit>();
        app.UseMiddleware<HeadRequests>();
        // Routing explicitly here, after HEAD became GET; CORS between routing and the endpoints answers preflights.
        app.UseRouting();
        app.UseCors();
        app.UseRequestTimeouts();
        // Cache outside compression: each encoding's bytes are cached once (the cache varies by Accept-Encoding).
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}
