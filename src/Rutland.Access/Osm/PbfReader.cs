using System.IO.Compression;
using Google.Protobuf;
using Rutland.Access.Data;

namespace Rutland.Access.Osm;

/// <summary>
/// Reads an OpenStreetMap PBF file (OSM wiki "PBF Format"): the HeaderBlock, then every PrimitiveBlock's nodes, ways and
/// relations, delivered to an <see cref="OsmHandler"/> in file order on the calling thread. Blobs are read
/// sequentially and decoded in parallel a bounded number ahead. Any malformed or truncated input throws
/// <see cref="DataFileException"/> naming the source and "blob N at byte offset X".
/// </summary>
public static class PbfReader
{
    /// <summary>Features a file may require that this reader fully understands. Historical files are refused: the
    /// element records carry no version or visibility, so old versions and deletions would read as current data.</summary>
    public static IReadOnlyList<string> SupportedRequiredFeatures { get; } = ["OsmSchema-V0.6", "DenseNodes"];

    /// <summary>Blocks decoded ahead of delivery: enough to keep every core busy, bounded so memory stays small.</summary>
    private static readonly int MaxBlocksInFlight = Environment.ProcessorCount * 2;

    public static PbfHeader Read(string path, OsmHandler handler)
    {
        if (!File.Exists(path)) throw new DataFileException(path, null, "file not found");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return Read(stream, path, handler);
    }

    public static PbfHeader Read(Stream stream, string sourceName, OsmHandler handler)
    {
        var frames = new PbfBlobFrameReader(stream, sourceName);
        PbfBlobFrame first = frames.Next() ?? throw new DataFileException(sourceName, null, "empty file: expected an OSMHeader blob");
        if (first.Type != PbfBlobFrame.HeaderType)
            throw first.Error(sourceName, $"first blob is '{first.Type}', expected '{PbfBlobFrame.HeaderType}' (not a PBF file?)");
        PbfHeader header = Decode(first, sourceName, PbfHeaderBlockDecoder.Decode);
        string[] unsupported = header.RequiredFeatures.Except(SupportedRequiredFeatures).ToArray();
        if (unsupported.Length > 0)
            throw first.Error(sourceName, $"file requires unsupported feature(s) {string.Join(", ", unsupported)} (supported: {string.Join(", ", SupportedRequiredFeatures)})");

        var inFlight = new Queue<Task<OsmElementBuffer>>();
        while (true)
        {
            PbfBlobFrame? frame;
            try
            {
                frame = frames.Next();
            }
            catch (DataFileException)
            {
                // Deliver what precedes the damage (and report earlier damage first), as a sequential reader would.
                while (inFlight.Count > 0) Deliver(inFlight.Dequeue());
                throw;
            }
            if (frame is null) break;
            if (frame.Type == PbfBlobFrame.HeaderType)
                throw frame.Error(sourceName, "a second OSMHeader blob (concatenated files are not supported)");
            if (frame.Type != PbfBlobFrame.DataType) continue; // the spec asks readers to skip blob types they do not know

            inFlight.Enqueue(Task.Run(() => Decode(frame, sourceName, block =>
            {
                var buffer = new OsmElementBuffer(handler);
                new PbfPrimitiveBlockDecoder(buffer).Decode(block);
                return buffer;
            })));
            if (inFlight.Count >= MaxBlocksInFlight) Deliver(inFlight.Dequeue());
        }
        while (inFlight.Count > 0) Deliver(inFlight.Dequeue());
        return header;
    }

    private static void Deliver(Task<OsmElementBuffer> decoded) => decoded.GetAwaiter().GetResult().ReplayToTarget();

    /// <summary>Unpacks and decodes one blob, turning every kind of malformation into an error that locates the blob.</summary>
    private static T Decode<T>(PbfBlobFrame frame, string sourceName, Func<ArraySegment<byte>, T> decodeBlock)
    {
        try
        {
            return decodeBlock(PbfBlob.Unpack(frame.Blob));
        }
        catch (PbfFormatException e)
        {
            throw frame.Error(sourceName, e.Message);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw frame.Error(sourceName, $"{frame.Type} is not a valid protobuf message ({e.Message})", e);
        }
    }
}
