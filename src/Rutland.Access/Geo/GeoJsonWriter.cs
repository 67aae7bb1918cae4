using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Rutland.Access.Geo;

/// <summary>
/// Streams RFC 7946 GeoJSON to a <see cref="Utf8JsonWriter"/>: positions as [longitude, latitude] with 6 decimals
/// (~0.1 m, finer than any input here), exterior rings counter-clockwise and holes clockwise whatever the source
/// orientation, and optionally a bbox on each feature and on the collection. Feature properties (and collection
/// foreign members) are written by caller-supplied callbacks, so the API can put any fields there without an object model.
/// </summary>
public sealed class GeoJsonWriter(Utf8JsonWriter json, bool writeBbox = false)
{
    private const string CoordinateFormat = "0.######";
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
        json.WriteStartObject();
        json.WriteString("type", geometry.GeometryType);
        switch (geometry)
        {
            case GeometryCollection collection when geometry is not (MultiPoint or MultiLineString or MultiPolygon):
                json.WriteStartArray("geometries");
                foreach (var member in collection.Geometries) WriteGeometry(member);
                json.WriteEndArray();
                break;
            default:
                json.WritePropertyName("coordinates");
                WriteCoordinates(geometry);
                break;
        }
        json.WriteEndObject();
    }

    private void WriteCoordinates(Geometry geometry)
    {
        switch (geometry)
        {
            case Point point when point.IsEmpty:
                json.WriteStartArray();
                json.WriteEndArray();
                break;
            case Point point:
                WritePosition(point.X, point.Y);
                break;
            case LineString line:
                WriteSequence(line.CoordinateSequence, reverse: false);
                break;
            case Polygon polygon:
                WritePolygon(polygon);
                break;
            default: // MultiPoint, MultiLineString, MultiPolygon: an array of their members' coordinates
                json.WriteStartArray();
                foreach (var member in ((GeometryCollection)geometry).Geometries) WriteCoordinates(member);
                json.WriteEndArray();
                break;
        }
    }

    private void WritePolygon(Polygon polygon)
    {
        json.WriteStartArray();
        if (!polygon.IsEmpty)
        {
            WriteRing(polygon.Shell, counterClockwise: true);
            foreach (var hole in polygon.Holes) WriteRing(hole, counterClockwise: false);
        }
        json.WriteEndArray();
    }

    private void WriteRing(LinearRing ring, bool counterClockwise)
    {
        var sequence = ring.CoordinateSequence;
        WriteSequence(sequence, reverse: Orientation.IsCCW(sequence) != counterClockwise);
    }

    /// <summary>Writes the positions, backwards when re-orienting a ring, so no reversed copy is made.</summary>
    private void WriteSequence(CoordinateSequence sequence, bool reverse)
    {
        json.WriteStartArray();
        for (int k = 0; k < sequence.Count; k++)
        {
            int i = reverse ? sequence.Count - 1 - k : k;
            WritePosition(sequence.GetX(i), sequence.GetY(i));
        }
        json.WriteEndArray();
    }

    private void WritePosition(double lon, double lat)
    {
        json.WriteStartArray();
        WriteNumber(lon);
        WriteNumber(lat);
        json.WriteEndArray();
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
