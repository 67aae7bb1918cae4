using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Turns System.Text.Json's errors, which name .NET types (<c>IsochroneEndpoints+IsochroneBody</c>,
/// <c>IReadOnlyList`1[...]</c>), into messages in the client's terms: the JSON path, the line and column, and the
/// kind of JSON value expected there.
/// </summary>
public static partial class JsonBodyErrors
{
    /// <param name="body">The type the body was read as: the expected value is found by walking the error's JSON path through it.</param>
    public static string Describe(JsonException ex, Type body)
    {
        string where = $"at {(ex.Path is { Length: > 0 } path ? path : "$")}";
        if (ex.LineNumber is { } line) where += $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})";
        string message = ex.Message;
        if (ConvertedTo().Match(message) is { Success: true } converted)
        {
            var named = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(converted.Groups["type"].Value)).FirstOrDefault(x => x is not null);
            var expected = TypeAt(body, ex.Path, named) ?? named;
            return $"The value {where} is not {(expected is null ? "of the expected kind" : Expected(expected))}.";
        }
        if (MissingRequired().Match(message) is { Success: true } missing)
            return $"The object {where} lacks required field(s): {missing.Groups["names"].Value.Trim()}.";
        if (NullNotAllowed().Match(message) is { Success: true } isNull)
            return $"'{isNull.Groups["name"].Value}' {where} must not be null.";
        // A syntax error: the reader's own text names no types, only what it found ("'}' is invalid after a value").
        return $"The body is not valid JSON {where}: {StripLocation(message)}";
    }

    /// <summary>
    /// The .NET type bound at a JSON path such as <c>$.scenarios[0].modifications[1].routeId</c>. Where the path passes
    /// through an interface (a polymorphic modification), the type the parser named stands in for it when it fits.
    /// </summary>
    private static Type? TypeAt(Type root, string? path, Type? named)
    {
        if (path is null || !path.StartsWith('$')) return null;
        Type? current = root;
        foreach (Match segment in PathSegment().Matches(path[1..]))
        {
            if (current is null) return null;
            if ((current.IsInterface || current.IsAbstract) && named is not null && current.IsAssignableFrom(named)) current = named;
            if (segment.Groups["index"].Success)
                current = ElementType(current);
            else
            {
                string name = segment.Groups["name"].Value;
                current = current.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            }
        }
        return current;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] ? element
        : null;

    /// <summary>The JSON kind a .NET type is read from.</summary>
    private static string Expected(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return "a string";
        if (t == typeof(int) || t == typeof(long) || t == typeof(short)) return "a whole number";
        if (t == typeof(double) || t == typeof(float) || t == typeof(decimal)) return "a number";
        if (t == typeof(bool)) return "true or false";
        if (t == typeof(TimeOnly)) return "a time of day such as \"08:00\"";
        if (t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(DateTimeOffset)) return "an ISO date/time such as \"2025-09-02T07:00\"";
        if (t.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(t).Select(n => $"\"{JsonNamingPolicy.CamelCase.ConvertName(n)}\""));
        if (t.IsArray || (t != typeof(string) && t.GetInterfaces().Append(t).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))))
            return "an array";
        return "an object";
    }

    private static string StripLocation(string message) => Location().Replace(message, "").Trim();

    [GeneratedRegex(@"could not be converted to (?<type>[^.\s][^\s]*?)\.(\s|$)")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?\s*(Path:|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The property or field '(?<name>[^']+)' on type '[^']+' doesn't allow (setting|getting) null values")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"\.(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex(@"\s*(Path:|LineNumber:|BytePositionInLine:)[^|.]*[|.]?")]
    private static partial Regex Location();
}
