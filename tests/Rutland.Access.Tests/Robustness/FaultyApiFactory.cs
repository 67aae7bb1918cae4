using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rutland.Access.Api.Http;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// The real API plus three paths that misbehave on purpose, reached after the app's own middleware (so inside its
/// exception handler and timeout): one throws, one throws as the framework does for a wrong content type, one never
/// ends. The request timeout is cut to <see cref="Timeout"/> so the test need not wait 30 s.
/// </summary>
public sealed class FaultyApiFactory : WebApplicationFactory<Program>
{
    public const string Throws = "/test/throws";
    public const string UnsupportedBody = "/test/unsupported-body";
    public const string Hangs = "/test/hangs";
    public const string Secret = "internal detail 7f3c";
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(300);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Equity:WarmOnStart", "false").ConfigureServices(services =>
    {
        services.PostConfigure<RequestTimeoutOptions>(o => o.DefaultPolicy = RequestTimeoutProblem.Policy(Timeout));
        services.AddSingleton<IStartupFilter, Faults>();
    });

    private sealed class Faults : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(async context =>
            {
                switch (context.Request.Path.Value)
                {
                    case Throws: throw new InvalidOperationException(Secret);
                    case UnsupportedBody: throw new BadHttpRequestException(Secret, StatusCodes.Status415UnsupportedMediaType);
                    case Hangs: await Task.Delay(System.Threading.Timeout.Infinite, context.RequestAborted); break;
                    default: context.Response.StatusCode = StatusCodes.Status404NotFound; break;
                }
            });
        };
    }
}
