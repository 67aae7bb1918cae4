using System.IO.Compression;
using System.Runtime.InteropServices;
using Google.Protobuf;

namespace Rutland.Access.Osm;

/// <summary>Unpacks a Blob message: raw bytes or zlib; the other compressions the spec allows are reported as unsupported.</summary>
internal static class PbfBlob
{
    /// <summary>The decoded block. Throws <see cref="PbfFormatException"/> when the blob is malformed.</summary>
    public static ArraySegment<byte> Unpack(byte[] blob)
    {
        ByteString? raw = null, zlib = null;
        int? rawSize = null;
        string? unsupported = null;
        var input = new CodedInputStream(blob);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case 1 << 3 | PbfWire.LengthDelimited: raw = input.ReadBytes(); break;
                case 2 << 3 | PbfWire.Varint: rawSize = input.ReadInt32(); break;
                case 3 << 3 | PbfWire.LengthDelimited: zlib = input.ReadBytes(); break;
                case 4 << 3 | PbfWire.LengthDelimited: unsupported = "lzma"; input.SkipLastField(); break;
                case 5 << 3 | PbfWire.LengthDelimited: unsupported = "bzip2"; input.SkipLastField(); break;
                case 6 << 3 | PbfWire.LengthDelimited: unsupported = "lz4"; input.SkipLastField(); break;
                case 7 << 3 | PbfWire.LengthDelimited: unsupported = "zstd"; input.SkipLastField(); break;
                default: input.SkipLastField(); break;
            }
        }
        if (raw is not null) return Segment(raw);
        if (zlib is not null) return Inflate(Segment(zlib), rawSize);
        if (unsupported is not null)
            throw new PbfFormatException($"unsupported compression '{unsupported}' (this reader handles raw and zlib blobs)");
        throw new PbfFormatException("Blob has no data (none of raw, zlib_data, lzma_data, lz4_data, zstd_data)");
    }

    private static ArraySegment<byte> Inflate(ArraySegment<byte> compressed, int? rawSize)
    {
        if (rawSize is < 0 or > PbfBlobFrameReader.MaxBlobBytes)
            throw new PbfFormatException($"Blob raw_size {rawSize} is outside 0..{PbfBlobFrameReader.MaxBlobBytes} bytes");
        using var zlib = new ZLibStream(new MemoryStream(compressed.Array!, compressed.Offset, compressed.Count, writable: false), CompressionMode.Decompress);
        try
        {
            return rawSize is { } size ? InflateExactly(zlib, size) : InflateUpToLimit(zlib);
        }
        // Bad data surfaces as InvalidDataException, or as an IOException (ZLibException) from some corruptions.
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new PbfFormatException($"zlib data is corrupt ({e.Message})");
        }
    }

    private static ArraySegment<byte> InflateExactly(ZLibStream zlib, int size)
    {
        var block = new byte[size];
        int got = zlib.ReadAtLeast(block, size, throwOnEndOfStream: false);
        if (got < size) throw new PbfFormatException($"zlib data inflates to {got} bytes but raw_size says {size}");
        if (zlib.ReadByte() != -1) throw new PbfFormatException($"zlib data inflates to more than raw_size {size} bytes");
        return block;
    }

    /// <summary>raw_size is optional in the spec; without it, inflate but stop a runaway stream at the blob size limit.</summary>
    private static ArraySegment<byte> InflateUpToLimit(ZLibStream zlib)
    {
        var block = new MemoryStream();
        var chunk = new byte[81920];
        int got;
        while ((got = zlib.Read(chunk)) > 0)
        {
            if (block.Length + got > PbfBlobFrameReader.MaxBlobBytes)
                throw new PbfFormatException($"zlib data inflates to more than {PbfBlobFrameReader.MaxBlobBytes} bytes");
            block.Write(chunk, 0, got);
        }
        return new ArraySegment<byte>(block.GetBuffer(), 0, (int)block.Length);
    }

    private static ArraySegment<byte> Segment(ByteString bytes) =>
        MemoryMarshal.TryGetArray(bytes.Memory, out var segment) ? segment : bytes.ToByteArray();
}
