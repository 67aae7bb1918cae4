using System.IO.Compression;
using Google.Protobuf;
using Rutland.Access.Osm;

namespace Rutland.Access.Tests.Osm;

/// <summary>
/// Test-only PBF writer: builds small files in memory, field by field with <see cref="CodedOutputStream"/>, so tests
/// control every encoding choice the reader must cope with (raw or zlib blobs, packed or unpacked repeated fields,
/// granularity and offsets, denseinfo, unknown fields). Coordinates are given in the file's raw units.
/// </summary>
internal sealed class PbfTestWriter
{
    public enum Compression { Raw, Zlib }

    private readonly MemoryStream _file = new();

    /// <summary>Offsets at which each fileblock starts, for tests that cut or corrupt a specific place.</summary>
    public List<long> BlobOffsets { get; } = new();

    public PbfTestWriter Header(string[]? requiredFeatures = null, long? replicationTimestamp = null,
        (long Left, long Right, long Top, long Bottom)? bboxNanodegrees = null, string? writingProgram = null,
        Compression compression = Compression.Raw)
    {
        byte[] block = Message(o =>
        {
            if (bboxNanodegrees is { } b)
                WriteMessage(o, 1, m =>
                {
                    m.WriteTag(1, WireFormat.WireType.Varint); m.WriteSInt64(b.Left);
                    m.WriteTag(2, WireFormat.WireType.Varint); m.WriteSInt64(b.Right);
                    m.WriteTag(3, WireFormat.WireType.Varint); m.WriteSInt64(b.Top);
                    m.WriteTag(4, WireFormat.WireType.Varint); m.WriteSInt64(b.Bottom);
                });
            foreach (string feature in requiredFeatures ?? ["OsmSchema-V0.6", "DenseNodes"])
            {
                o.WriteTag(4, WireFormat.WireType.LengthDelimited);
                o.WriteString(feature);
            }
            if (writingProgram is not null)
            {
                o.WriteTag(16, WireFormat.WireType.LengthDelimited);
                o.WriteString(writingProgram);
            }
            if (replicationTimestamp is { } t)
            {
                o.WriteTag(32, WireFormat.WireType.Varint);
                o.WriteInt64(t);
            }
        });
        return Blob("OSMHeader", compression == Compression.Zlib ? ZlibBlob(block) : RawBlob(block));
    }

    public PbfTestWriter Data(PrimitiveBlockBuilder block, Compression compression = Compression.Zlib)
    {
        byte[] bytes = block.ToBytes();
        return Blob("OSMData", compression == Compression.Zlib ? ZlibBlob(bytes) : RawBlob(bytes));
    }

    /// <summary>Appends a fileblock with an already-encoded Blob message.</summary>
    public PbfTestWriter Blob(string type, byte[] blobMessage)
    {
        byte[] header = Message(o =>
        {
            o.WriteTag(1, WireFormat.WireType.LengthDelimited);
            o.WriteString(type);
            o.WriteTag(3, WireFormat.WireType.Varint);
            o.WriteInt32(blobMessage.Length);
        });
        BlobOffsets.Add(_file.Length);
        _file.Write([(byte)(header.Length >> 24), (byte)(header.Length >> 16), (byte)(header.Length >> 8), (byte)header.Length]);
        _file.Write(header);
        _file.Write(blobMessage);
        return this;
    }

    public byte[] ToArray() => _file.ToArray();

    public static byte[] RawBlob(byte[] block) => BlobMessage(1, block, rawSize: null);

    public static byte[] ZlibBlob(byte[] block)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(block);
        return BlobMessage(3, compressed.ToArray(), block.Length);
    }

    /// <summary>A Blob whose data is in field <paramref name="dataField"/> (1 raw, 3 zlib, 4 lzma, 6 lz4, 7 zstd).</summary>
    public static byte[] BlobMessage(int dataField, byte[] data, int? rawSize) => Message(o =>
    {
        if (rawSize is { } size)
        {
            o.WriteTag(2, WireFormat.WireType.Varint);
            o.WriteInt32(size);
        }
        o.WriteTag(dataField, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(ByteString.CopyFrom(data));
    });

    public static byte[] Message(Action<CodedOutputStream> write)
    {
        var bytes = new MemoryStream();
        using (var output = new CodedOutputStream(bytes, leaveOpen: true)) write(output);
        return bytes.ToArray();
    }

    public static void WriteMessage(CodedOutputStream output, int field, Action<CodedOutputStream> write)
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(Message(write)));
    }
}
