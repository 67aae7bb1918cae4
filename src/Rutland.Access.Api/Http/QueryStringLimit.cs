namespace Rutland.Access.Api.Http;

/// <summary>
/// Answers 414 as a problem when the query string is longer than <see cref="ApiLimits.MaxQueryStringLength"/>, before
/// any parsing. (Kestrel's own request-line limit, 8 KB, stays as the backstop; what it rejects gets an empty 414.)
/// </summary>
public sealed class QueryStringLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        int length = context.Request.QueryString.Value?.Length ?? 0;
        if (length <= ApiLimits.MaxQueryStringLength) return next(context);
        context.Response.StatusCode = StatusCodes.Status414UriTooLong;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status414UriTooLong,
                Title = "Query string too long",
                Detail = $"The query string has {length} characters; at most {ApiLimits.MaxQueryStringLength} are accepted. " +
                         $"Split long id lists (at most {ApiLimits.MaxListLength} ids each) over several requests.",
            },
        }).AsTask();
    }
}
