using Microsoft.AspNetCore.Http.HttpResults;

namespace Rutland.Access.Api.Http;

/// <summary>Thrown by query parsing; the endpoint filter turns it into the problem response it carries.</summary>
public sealed class QueryException(ProblemHttpResult problem) : Exception(problem.ProblemDetails.Detail)
{
    public ProblemHttpResult Problem { get; } = problem;
}
