using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Rutland.Access.Geo;

/// <summary>
/// Streams RFC 7946 GeoJSON to a <see cref="Utf8JsonWriter"/>: geometries by NetTopologySuite.IO.GeoJSON4STJ
/// (positions as [longitude, latitude], exterior rings counter-clockwise and holes clockwise whatever the source
/// orientation) rounded here to 6 decimals (~0.1 m, finer than any input here), and optionally a bbox on each feature
/// and on the collection. Feature properties (and collection foreign members) are written by caller-supplied callbacks,
/// so the API can put any fields there without an object model.
/// </summary>
public sealed class GeoJsonWriter(Utf8JsonWriter json, bool writeBbox = false)
{
    private const string CoordinateFormat = "0.######";
    private const double Scale = 1e6; // 6 decimals, as CoordinateFormat
    private Envelope? _collectionExtent;

    /// <summary>Opens a FeatureCollection; <paramref name="writeForeignMembers"/> may add top-level members (e.g. attribution).</summary>
    public void WriteStartFeatureCollection(Action<Utf8JsonWriter>? writeForeignMembers = null)
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        writeForeignMembers?.Invoke(json);
        json.WriteStartArray("features");
        _collectionExtent = new Envelope();
    }

    /// <summary>Closes the FeatureCollection; its bbox goes last because only now is the extent known (member order is free in JSON).</summary>
    public void WriteEndFeatureCollection()
    {
        var extent = _collectionExtent ?? throw new InvalidOperationException("no FeatureCollection is open");
        json.WriteEndArray();
        if (writeBbox && !extent.IsNull) WriteBbox(extent);
        json.WriteEndObject();
        _collectionExtent = null;
    }

    /// <summary>
    /// Writes a Feature, inside an open collection or on its own. <paramref name="writeProperties"/> is called with the
    /// writer positioned inside the "properties" object, so it writes name/value pairs; without it properties is {}.
    /// </summary>
    public void WriteFeature(Geometry geometry, string? id = null, Action<Utf8JsonWriter>? writeProperties = null)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        if (id is not null) json.WriteString("id", id);
        if (writeBbox && !geometry.IsEmpty) WriteBbox(geometry.EnvelopeInternal);
        json.WritePropertyName("geometry");
        WriteGeometry(geometry);
        json.WriteStartObject("properties");
        writeProperties?.Invoke(json);
        json.WriteEndObject();
        json.WriteEndObject();
        _collectionExtent?.ExpandToInclude(geometry.EnvelopeInternal);
    }

    /// <summary>Writes a geometry object as a JSON value (a feature's geometry, or a bare geometry in a response).</summary>
    public void WriteGeometry(Geometry geometry)
    {
        // SRID 0 means "not set" (a geometry built without our factories); anything else must be WGS84, because
        // British National Grid metres written as degrees would land somewhere off Africa without complaint.
        if (geometry.SRID is not (GeometryFactories.Wgs84Srid or 0))
            throw new ArgumentException(
                $"GeoJSON is WGS84 only; this {geometry.GeometryType} has SRID {geometry.SRID} (convert with BritishNationalGrid.ToWgs84)",
                nameof(geometry));
        JsonSerializer.Serialize(json, RoundedToSixDecimals(geometry), GeoJsonLibrary.Options);
    }

    /// <summary>
    /// A copy on the 10⁻⁶° grid; the library writes each double's shortest round-trip form, which for n / 10⁶ (one
    /// correctly rounded division) is at most 6 decimals. A non-finite ordinate has no GeoJSON form and is refused.
    /// </summary>
    private static Geometry RoundedToSixDecimals(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(SixDecimalFilter.Instance);
        return copy;
    }

    private sealed class SixDecimalFilter : IEntireCoordinateSequenceFilter
    {
        public static readonly SixDecimalFilter Instance = new();

        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (int i = 0; i < sequence.Count; i++)
            {
                sequence.SetX(i, Round(sequence.GetX(i)));
                sequence.SetY(i, Round(sequence.GetY(i)));
            }
        }

        private static double Round(double value) => double.IsFinite(value)
            ? Math.Round(value * Scale, MidpointRounding.AwayFromZero) / Scale
            : throw new ArgumentOutOfRangeException(nameof(value), value, "GeoJSON cannot hold a non-finite coordinate");
    }

    private void WriteBbox(Envelope extent)
    {
        json.WriteStartArray("bbox");
        WriteNumber(extent.MinX);
        WriteNumber(extent.MinY);
        WriteNumber(extent.MaxX);
        WriteNumber(extent.MaxY);
        json.WriteEndArray();
    }

    /// <summary>
    /// Six decimals without trailing zeros, formatted as text: rounding the double and letting the writer print its
    /// shortest form could still yield digits like 52.660071000000002.
    /// </summary>
    private void WriteNumber(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "GeoJSON cannot hold a non-finite coordinate");
        Span<byte> utf8 = stackalloc byte[32];
        if (!value.TryFormat(utf8, out int written, CoordinateFormat, CultureInfo.InvariantCulture))
            throw new ArgumentOutOfRangeException(nameof(value), value, "coordinate too large to write");
        json.WriteRawValue(utf8[..written], skipInputValidation: true);
    }
}
