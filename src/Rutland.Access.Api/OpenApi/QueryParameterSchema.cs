using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Rutland.Access.Api.OpenApi;

/// <summary>
/// What one query parameter accepts, as the OpenAPI document shows it. Handlers take every parameter as a string so
/// that our parsers word the problems; this is the type those parsers enforce, for client generators and linters.
/// Lists are comma-separated (<c>style: form, explode: false</c>, i.e. <c>cutoffs=15,30,45</c>).
/// </summary>
public sealed class QueryParameterSchema
{
    private readonly Func<OpenApiSchema> _schema;
    private readonly bool _list;

    private QueryParameterSchema(string description, Func<OpenApiSchema> schema, bool list, bool outOfRangeIsUnprocessable)
    {
        Description = description;
        _schema = schema;
        _list = list;
        OutOfRangeIsUnprocessable = outOfRangeIsUnprocessable;
    }

    public string Description { get; }

    /// <summary>A well-formed value out of its bounds (or its dates) is a 422, so the operation documents one.</summary>
    public bool OutOfRangeIsUnprocessable { get; }

    public static QueryParameterSchema Integer(string description, int min, int max, int? fallback = null) =>
        new(description, () => IntegerSchema(min, max, fallback), list: false, outOfRangeIsUnprocessable: true);

    public static QueryParameterSchema Number(string description, double min, double max, double? fallback = null) =>
        new(description, () => new OpenApiSchema
        {
            Type = JsonSchemaType.Number, Minimum = Invariant(min), Maximum = Invariant(max),
            Default = fallback is { } f ? JsonValue.Create(f) : null,
        }, list: false, outOfRangeIsUnprocessable: true);

    public static QueryParameterSchema Boolean(string description, bool fallback) =>
        new(description, () => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(fallback) },
            list: false, outOfRangeIsUnprocessable: false);

    public static QueryParameterSchema Enum(string description, IEnumerable<string> values, string? fallback = null) =>
        new(description, () => EnumSchema(values, fallback), list: false, outOfRangeIsUnprocessable: false);

    /// <summary>Free text: an id (checked against the data, 404 when unknown) or, where <paramref name="takesPoints"/>, a
    /// "lat,lon" pair (422 outside the study area).</summary>
    public static QueryParameterSchema Text(string description, bool takesPoints = false) =>
        new(description, () => new OpenApiSchema { Type = JsonSchemaType.String }, list: false, outOfRangeIsUnprocessable: takesPoints);

    /// <summary>An ISO 8601 local (UK) time without offset, as <see cref="Http.DepartureParser"/> reads it; 422 outside every timetable.</summary>
    public static QueryParameterSchema LocalTime(string description) =>
        new(description, () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = LocalTimePattern, Examples = [JsonValue.Create("2025-09-02T07:00")] },
            list: false, outOfRangeIsUnprocessable: true);

    public static QueryParameterSchema IdList(string description, int maxItems) =>
        new(description, () => ListSchema(new OpenApiSchema { Type = JsonSchemaType.String }, maxItems, null), list: true,
            outOfRangeIsUnprocessable: false);

    public static QueryParameterSchema EnumList(string description, IEnumerable<string> values, int maxItems, IEnumerable<string>? fallback = null) =>
        new(description, () => ListSchema(EnumSchema(values, null), maxItems, fallback?.Select(v => (JsonNode)JsonValue.Create(v)!)),
            list: true, outOfRangeIsUnprocessable: false);

    public static QueryParameterSchema IntegerList(string description, int min, int max, int maxItems, IEnumerable<int>? fallback = null) =>
        new(description, () => ListSchema(IntegerSchema(min, max, null), maxItems, fallback?.Select(v => (JsonNode)JsonValue.Create(v))),
            list: true, outOfRangeIsUnprocessable: true);

    /// <summary>Types <paramref name="parameter"/> (a query parameter the framework documented as a bare string).</summary>
    public void Apply(OpenApiParameter parameter)
    {
        parameter.Schema = _schema();
        parameter.Description = Description;
        if (!_list) return;
        parameter.Style = ParameterStyle.Form;
        parameter.Explode = false;
    }

    /// <summary>"2025-09-02T07:00" or with seconds; no offset (the formats <see cref="Http.DepartureParser"/> accepts).</summary>
    private const string LocalTimePattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$";

    private static OpenApiSchema IntegerSchema(int min, int max, int? fallback) => new()
    {
        Type = JsonSchemaType.Integer, Format = "int32", Minimum = Invariant(min), Maximum = Invariant(max),
        Default = fallback is { } f ? JsonValue.Create(f) : null,
    };

    private static OpenApiSchema EnumSchema(IEnumerable<string> values, string? fallback) => new()
    {
        Type = JsonSchemaType.String,
        Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
        Default = fallback is null ? null : JsonValue.Create(fallback),
    };

    private static OpenApiSchema ListSchema(OpenApiSchema items, int maxItems, IEnumerable<JsonNode>? fallback) => new()
    {
        Type = JsonSchemaType.Array, Items = items, MinItems = 1, MaxItems = maxItems,
        Default = fallback is null ? null : new JsonArray(fallback.ToArray()),
    };

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
