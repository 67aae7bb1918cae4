using System.Buffers.Binary;
using Google.Protobuf;
using Rutland.Access.Data;

namespace Rutland.Access.Osm;

/// <summary>
/// Splits a PBF stream into fileblocks: a 4-byte big-endian BlobHeader length, the BlobHeader, then the Blob of
/// the size it declares. Enforces the spec's size limits before allocating, so a corrupt length cannot exhaust memory.
/// </summary>
internal sealed class PbfBlobFrameReader(Stream stream, string sourceName)
{
    /// <summary>The spec: a BlobHeader must be less than 64 KiB.</summary>
    public const int MaxBlobHeaderBytes = 64 * 1024;
    /// <summary>The spec: a Blob must be less than 32 MiB, compressed or not.</summary>
    public const int MaxBlobBytes = 32 * 1024 * 1024;

    private long _offset;
    private int _index;

    /// <summary>The next fileblock, or null at a clean end of the file (exactly between fileblocks).</summary>
    public PbfBlobFrame? Next()
    {
        int index = _index + 1;
        long offset = _offset;
        Func<string, DataFileException> error = problem => PbfBlobFrame.ErrorAt(sourceName, index, offset, problem);

        Span<byte> lengthPrefix = stackalloc byte[4];
        int got = stream.ReadAtLeast(lengthPrefix, 4, throwOnEndOfStream: false);
        if (got == 0) return null;
        if (got < 4) throw error($"file ends inside the BlobHeader length ({got} of 4 bytes)");
        uint headerLength = BinaryPrimitives.ReadUInt32BigEndian(lengthPrefix);
        if (headerLength > MaxBlobHeaderBytes)
            throw error($"BlobHeader length {headerLength} exceeds the format's limit of {MaxBlobHeaderBytes} bytes (not a PBF file, or corrupt)");

        byte[] header = ReadExactly((int)headerLength, "BlobHeader", error);
        (string? type, int? dataSize) = DecodeBlobHeader(header, error);
        if (type is null) throw error("BlobHeader has no type");
        if (dataSize is null) throw error("BlobHeader has no datasize");
        if (dataSize < 0 || dataSize > MaxBlobBytes)
            throw error($"BlobHeader datasize {dataSize} is outside 0..{MaxBlobBytes} bytes");

        byte[] blob = ReadExactly(dataSize.Value, $"{type} Blob", error);
        _index = index;
        _offset += 4 + headerLength + dataSize.Value;
        return new PbfBlobFrame(index, offset, type, blob);
    }

    private byte[] ReadExactly(int length, string what, Func<string, DataFileException> error)
    {
        var buffer = new byte[length];
        int got = stream.ReadAtLeast(buffer, length, throwOnEndOfStream: false);
        if (got < length) throw error($"file ends inside the {what} ({got} of {length} bytes)");
        return buffer;
    }

    private static (string? Type, int? DataSize) DecodeBlobHeader(byte[] header, Func<string, DataFileException> error)
    {
        string? type = null;
        int? dataSize = null;
        try
        {
            var input = new CodedInputStream(header);
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                switch (tag)
                {
                    case 1 << 3 | PbfWire.LengthDelimited: type = input.ReadString(); break;
                    case 3 << 3 | PbfWire.Varint: dataSize = input.ReadInt32(); break;
                    default: input.SkipLastField(); break; // indexdata and anything newer
                }
            }
        }
        catch (InvalidProtocolBufferException e)
        {
            throw error($"BlobHeader is not a valid protobuf message ({e.Message})");
        }
        return (type, dataSize);
    }
}
