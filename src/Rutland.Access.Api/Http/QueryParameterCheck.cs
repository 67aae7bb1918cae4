using System.Reflection;

namespace Rutland.Access.Api.Http;

/// <summary>
/// One rule for every endpoint: a query parameter is honoured or rejected, never silently ignored. The parameters an
/// endpoint honours are its handler's own (bound by name from the query string), plus those a handler that reads the
/// request itself declares with <see cref="AcceptedQueryParameters"/>. Anything else is a 400 listing what is accepted.
/// </summary>
public static class QueryParameterCheck
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        bool readsRequestItself = parameters.Any(p => p.ParameterType == typeof(HttpRequest) || p.ParameterType == typeof(HttpContext));
        var bound = parameters.Where(IsQueryValue).Select(p => p.Name!).ToArray();
        return invocation =>
        {
            var declarations = invocation.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<AcceptedQueryParameters>() ?? [];
            // A handler that reads the request itself and declares nothing cannot be checked here.
            if (readsRequestItself && declarations.Count == 0) return next(invocation);
            var accepted = bound.Concat(declarations.SelectMany(d => d.Names)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unknown = invocation.HttpContext.Request.Query.Keys.Where(k => !accepted.Contains(k)).ToArray();
            if (unknown.Length == 0) return next(invocation);
            string known = accepted.Count == 0 ? "this endpoint takes no query parameters" : $"accepted: {string.Join(", ", accepted.Order(StringComparer.Ordinal))}";
            return ValueTask.FromResult<object?>(ApiProblem.BadRequest(
                $"Unknown query parameter{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}: {known}."));
        };
    }

    /// <summary>A value the framework binds from the query string or route by name: strings, numbers, booleans.</summary>
    private static bool IsQueryValue(ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type == typeof(string) || type.IsPrimitive || type == typeof(decimal) || type.IsEnum;
    }
}

/// <summary>
/// The query parameters a handler that reads the request itself honours (for <see cref="QueryParameterCheck"/>); none
/// for a handler whose input is all in its body.
/// </summary>
public sealed class AcceptedQueryParameters(params string[] names)
{
    public IReadOnlyList<string> Names { get; } = names;
}
