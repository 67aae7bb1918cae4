using Google.Protobuf;

namespace Rutland.Access.Osm;

/// <summary>Decodes a HeaderBlock message into a <see cref="PbfHeader"/>.</summary>
internal static class PbfHeaderBlockDecoder
{
    private const double NanodegreesToDegrees = 1e-9;

    public static PbfHeader Decode(ArraySegment<byte> block)
    {
        var required = new List<string>();
        var optional = new List<string>();
        string? writingProgram = null;
        long? timestamp = null;
        (double, double, double, double)? bbox = null;

        var input = new CodedInputStream(block.Array!, block.Offset, block.Count);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.LengthDelimited: bbox = DecodeBoundingBox(PbfWire.ReadEmbedded(input, block.Array!)); break;
                case 4 << 3 | PbfWire.LengthDelimited: required.Add(input.ReadString()); break;
                case 5 << 3 | PbfWire.LengthDelimited: optional.Add(input.ReadString()); break;
                case 16 << 3 | PbfWire.LengthDelimited: writingProgram = input.ReadString(); break;
                case 32 << 3 | PbfWire.Varint: timestamp = input.ReadInt64(); break;
                default: input.SkipLastField(); break; // source, replication sequence number and base URL
            }
        }
        return new PbfHeader(required.ToArray(), optional.ToArray(), writingProgram, ToTimestamp(timestamp), bbox);
    }

    /// <summary>HeaderBBox: left, right, top, bottom in nanodegrees.</summary>
    private static (double MinLon, double MinLat, double MaxLon, double MaxLat) DecodeBoundingBox(CodedInputStream input)
    {
        long left = 0, right = 0, top = 0, bottom = 0;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.Varint: left = input.ReadSInt64(); break;
                case 2 << 3 | PbfWire.Varint: right = input.ReadSInt64(); break;
                case 3 << 3 | PbfWire.Varint: top = input.ReadSInt64(); break;
                case 4 << 3 | PbfWire.Varint: bottom = input.ReadSInt64(); break;
                default: input.SkipLastField(); break;
            }
        }
        return (left * NanodegreesToDegrees, bottom * NanodegreesToDegrees, right * NanodegreesToDegrees, top * NanodegreesToDegrees);
    }

    private static DateTimeOffset? ToTimestamp(long? secondsSinceEpoch)
    {
        if (secondsSinceEpoch is not { } seconds) return null;
        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            throw new PbfFormatException($"osmosis_replication_timestamp {seconds} is not a representable time");
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
