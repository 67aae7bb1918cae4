using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rutland.Access.Api.Http;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// The real API on a real Kestrel server (so a client that gives up closes a real connection), with the request timeout
/// cut to <see cref="Timeout"/>, and a note of when each request tagged with <see cref="RequestIdHeader"/> started and
/// ended, taken outside all of the app's middleware: when its pipeline returns, its work has stopped. Only errors are
/// logged: the framework's warning for a timed-out request formats the exception with file and line numbers, reading
/// symbol files (~150 ms the first time), which is neither the search nor in the way of other requests.
/// </summary>
public sealed class CancellationApiFactory : WebApplicationFactory<Program>
{
    public const string RequestIdHeader = "X-Test-Request";
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(600);

    /// <summary>Stopwatch timestamps of a request's pipeline, and the status it ended with.</summary>
    public sealed record Run(long Started, long Ended, int StatusCode);

    private readonly ConcurrentDictionary<string, TaskCompletionSource<Run>> _runs = new();

    public CancellationApiFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>Completes when the request's pipeline has returned.</summary>
    public Task<Run> Ended(string requestId) => Source(requestId).Task;

    private TaskCompletionSource<Run> Source(string requestId) =>
        _runs.GetOrAdd(requestId, _ => new TaskCompletionSource<Run>(TaskCreationOptions.RunContinuationsAsynchronously));

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Scenarios:SqlitePath", Path.Combine(Path.GetTempPath(), $"rutland-cancel-{Guid.NewGuid():N}.db"))
            .UseSetting("Equity:WarmOnStart", "false")
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
            .ConfigureServices(services =>
            {
                services.PostConfigure<RequestTimeoutOptions>(o => o.DefaultPolicy = RequestTimeoutProblem.Policy(Timeout));
                services.AddSingleton<IStartupFilter>(new Recorder(this));
            });

    private sealed class Recorder(CancellationApiFactory factory) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                long started = Stopwatch.GetTimestamp();
                try
                {
                    await inner(context);
                }
                finally
                {
                    if (context.Request.Headers.TryGetValue(RequestIdHeader, out var id))
                        factory.Source(id.ToString()).TrySetResult(new Run(started, Stopwatch.GetTimestamp(), context.Response.StatusCode));
                }
            });
            next(app);
        };
    }
}
