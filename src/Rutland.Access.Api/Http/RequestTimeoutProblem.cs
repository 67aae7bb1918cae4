using Microsoft.AspNetCore.Http.Timeouts;

namespace Rutland.Access.Api.Http;

/// <summary>The default request timeout policy: 503 with a problem body saying which limit was hit.</summary>
public static class RequestTimeoutProblem
{
    public static RequestTimeoutPolicy Policy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        WriteTimeoutResponse = context => context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Request timed out",
                    Detail = $"The answer took longer than {timeout.TotalSeconds:0.###} s and was abandoned; narrow the request or retry later.",
                },
            }).AsTask(),
    };
}
