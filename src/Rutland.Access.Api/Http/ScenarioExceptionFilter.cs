using Rutland.Access.Scenarios;

namespace Rutland.Access.Api.Http;

/// <summary>Turns a scenario that cannot apply into its RFC 7807 problem: 400 invalid, 404 unknown id, 422 unanswerable.</summary>
public sealed class ScenarioExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ScenarioException ex)
        {
            return ex.Kind switch
            {
                ScenarioProblemKind.UnknownId => ApiProblem.NotFound(ex.Message),
                ScenarioProblemKind.Unanswerable => ApiProblem.Unprocessable(ex.Message),
                _ => ApiProblem.BadRequest(ex.Message),
            };
        }
    }
}
