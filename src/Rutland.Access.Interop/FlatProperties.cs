using System.Text.Json;

namespace Rutland.Access.Interop;

/// <summary>
/// Turns nested JSON properties into flat columns, as tables and vector tiles need: an object's members become columns
/// joined by '_' (<c>pt.rmh.percentiles.p50</c> → <c>pt_rmh_percentiles_p50</c>), arrays are kept as their JSON text,
/// so every property of the GeoJSON answer has a column and nothing is dropped.
/// </summary>
public static class FlatProperties
{
    public const char Separator = '_';

    /// <summary>The scalar values of one feature, by flattened name, in document order (null JSON values included).</summary>
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> Flatten(IReadOnlyDictionary<string, JsonElement> properties)
    {
        var flat = new List<KeyValuePair<string, JsonElement>>();
        foreach (var (name, value) in properties) Add(flat, name, value);
        return flat;
    }

    /// <summary>
    /// The columns of a layer: every flattened name any feature has, in first-seen order, typed by the values seen —
    /// integers only → Integer; numbers → Real; booleans only → Boolean; anything else (strings, arrays, mixtures) → Text.
    /// </summary>
    public static IReadOnlyList<FlatField> Schema(IEnumerable<IReadOnlyDictionary<string, JsonElement>> features)
    {
        var kinds = new Dictionary<string, FieldKind?>();
        var order = new List<string>();
        foreach (var feature in features)
            foreach (var (name, value) in Flatten(feature))
            {
                if (!kinds.TryGetValue(name, out var kind)) order.Add(name);
                kinds[name] = Merge(kind, KindOf(value));
            }
        return order.Select(n => new FlatField(n, kinds[n] ?? FieldKind.Text)).ToArray();
    }

    /// <summary>A value as its column stores it: long, double, bool, string, or null.</summary>
    public static object? Value(JsonElement value, FieldKind kind) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when kind == FieldKind.Integer => value.GetInt64(),
        JsonValueKind.Number when kind == FieldKind.Real => value.GetDouble(),
        JsonValueKind.True or JsonValueKind.False when kind == FieldKind.Boolean => value.GetBoolean(),
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static void Add(List<KeyValuePair<string, JsonElement>> flat, string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            flat.Add(new(name, value));
            return;
        }
        foreach (var member in value.EnumerateObject()) Add(flat, $"{name}{Separator}{member.Name}", member.Value);
    }

    /// <summary>Null says nothing about a column's type; the merge of two kinds is the narrowest holding both.</summary>
    private static FieldKind? KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => value.TryGetInt64(out _) ? FieldKind.Integer : FieldKind.Real,
        JsonValueKind.True or JsonValueKind.False => FieldKind.Boolean,
        _ => FieldKind.Text,
    };

    private static FieldKind? Merge(FieldKind? seen, FieldKind? next) => (seen, next) switch
    {
        (null, _) => next,
        (_, null) => seen,
        var (a, b) when a == b => a,
        (FieldKind.Integer, FieldKind.Real) or (FieldKind.Real, FieldKind.Integer) => FieldKind.Real,
        _ => FieldKind.Text,
    };
}
