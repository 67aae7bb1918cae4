using System.Diagnostics;
using Rutland.Access.Data;
using Rutland.Access.Osm;

namespace Rutland.Access.Tests.Osm;

/// <summary>Malformed input must end in a <see cref="DataFileException"/> that names the source and the blob.</summary>
public class PbfReaderErrorTests
{
    private const string SourceName = "broken.osm.pbf";

    /// <summary>A header, a zlib block of tagged dense nodes, and a raw block holding ways and a relation.</summary>
    private static PbfTestWriter Fixture()
    {
        var nodes = new PrimitiveBlockBuilder().DenseNodes(withDenseInfo: true,
            (1, 526_500_000, -7_250_000, [("name", "Oakham")]), (2, 526_600_000, -7_260_000, []), (3, 526_700_000, -7_270_000, []));
        var waysAndRelation = new PrimitiveBlockBuilder()
            .Ways((10, [1, 2, 3], [("highway", "primary")]))
            .Relations((20, [new(OsmElementType.Way, 10, "outer"), new(OsmElementType.Node, 1, "label")], [("type", "multipolygon")]));
        return new PbfTestWriter().Header().Data(nodes).Data(waysAndRelation, PbfTestWriter.Compression.Raw);
    }

    private static DataFileException ReadFails(byte[] file) =>
        Assert.Throws<DataFileException>(() => PbfReader.Read(new MemoryStream(file), SourceName, new RecordingHandler()));

    [Theory]
    [InlineData(1, 2)]   // inside the first length prefix
    [InlineData(1, 7)]   // inside the OSMHeader BlobHeader
    [InlineData(2, 3)]   // inside a length prefix after a complete blob
    [InlineData(2, 25)]  // inside the zlib Blob
    [InlineData(3, 40)]  // inside the raw Blob
    public void TruncatedFileNamesTheBlobItEndsIn(int blob, int bytesIntoBlob)
    {
        var writer = Fixture();
        byte[] file = writer.ToArray();
        long blobOffset = writer.BlobOffsets[blob - 1];

        var ex = ReadFails(file[..(int)(blobOffset + bytesIntoBlob)]);

        Assert.StartsWith(SourceName, ex.Message);
        Assert.Contains($"blob {blob} at byte offset {blobOffset}", ex.Message);
        Assert.Contains("file ends inside", ex.Message);
        Assert.Null(ex.Line);
    }

    [Fact]
    public void ElementsBeforeATruncationAreDelivered()
    {
        var writer = Fixture();
        byte[] file = writer.ToArray()[..(int)(writer.BlobOffsets[2] + 10)];
        var handler = new RecordingHandler();

        Assert.Throws<DataFileException>(() => PbfReader.Read(new MemoryStream(file), SourceName, handler));
        Assert.Equal([1L, 2, 3], handler.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void CorruptZlibDataIsReported()
    {
        byte[] garbage = PbfTestWriter.BlobMessage(3, [0x78, 0x9C, 0xFF, 0xFF, 0x00, 0x13, 0x37, 0x00], rawSize: 100);
        var ex = ReadFails(new PbfTestWriter().Header().Blob("OSMData", garbage).ToArray());

        Assert.Contains(SourceName, ex.Message);
        Assert.Contains("blob 2 at byte offset", ex.Message);
        Assert.Contains("zlib", ex.Message);
    }

    [Fact]
    public void ZlibDataShorterThanRawSizeIsReported()
    {
        byte[] block = new PrimitiveBlockBuilder().Ways((1, [1], [])).ToBytes();
        byte[] zlib = PbfTestWriter.ZlibBlob(block);
        byte[] lying = PbfTestWriter.BlobMessage(3, ZlibPayload(zlib), rawSize: block.Length + 5);

        var ex = ReadFails(new PbfTestWriter().Header().Blob("OSMData", lying).ToArray());
        Assert.Contains("raw_size", ex.Message);
    }

    [Theory]
    [InlineData(4, "lzma")]
    [InlineData(6, "lz4")]
    [InlineData(7, "zstd")]
    public void UnsupportedCompressionIsReported(int dataField, string compression)
    {
        byte[] blob = PbfTestWriter.BlobMessage(dataField, [1, 2, 3, 4], rawSize: 40);
        var ex = ReadFails(new PbfTestWriter().Header().Blob("OSMData", blob).ToArray());

        Assert.Contains(SourceName, ex.Message);
        Assert.Contains($"unsupported compression '{compression}'", ex.Message);
    }

    [Fact]
    public void OversizedBlobHeaderLengthIsRefused()
    {
        var ex = ReadFails([0x00, 0x01, 0x00, 0x01, .. new byte[16]]);

        Assert.Contains("blob 1 at byte offset 0", ex.Message);
        Assert.Contains("BlobHeader length 65537", ex.Message);
    }

    [Fact]
    public void OversizedBlobIsRefusedBeforeReadingIt()
    {
        byte[] header = PbfTestWriter.Message(o =>
        {
            o.WriteTag(1, Google.Protobuf.WireFormat.WireType.LengthDelimited);
            o.WriteString("OSMData");
            o.WriteTag(3, Google.Protobuf.WireFormat.WireType.Varint);
            o.WriteInt32(33 * 1024 * 1024);
        });
        byte[] valid = new PbfTestWriter().Header().ToArray();

        var ex = ReadFails([.. valid, 0, 0, 0, (byte)header.Length, .. header]);
        Assert.Contains($"blob 2 at byte offset {valid.Length}", ex.Message);
        Assert.Contains("datasize", ex.Message);
    }

    [Theory]
    [InlineData("LocationsOnWays")]
    [InlineData("HistoricalInformation")]
    public void UnsupportedRequiredFeatureIsRefused(string feature)
    {
        var ex = ReadFails(new PbfTestWriter().Header(requiredFeatures: ["OsmSchema-V0.6", "DenseNodes", feature]).ToArray());

        Assert.Contains(SourceName, ex.Message);
        Assert.Contains("blob 1 at byte offset 0", ex.Message);
        Assert.Contains(feature, ex.Message);
    }

    [Fact]
    public void DataBeforeHeaderIsRefused()
    {
        var ex = ReadFails(new PbfTestWriter().Data(new PrimitiveBlockBuilder().Ways((1, [1], []))).ToArray());
        Assert.Contains("expected 'OSMHeader'", ex.Message);
    }

    [Fact]
    public void EmptyAndNonPbfInputsAreRefused()
    {
        Assert.Contains("empty file", ReadFails([]).Message);
        Assert.Contains("BlobHeader length", ReadFails("<?xml version='1.0'?><osm/>"u8.ToArray()).Message);
    }

    [Fact]
    public void MissingFileIsReported()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.osm.pbf");
        var ex = Assert.Throws<DataFileException>(() => PbfReader.Read(path, new RecordingHandler()));
        Assert.Equal(path, ex.FilePath);
    }

    [Fact]
    public void MutatedFilesEitherReadOrFailWithDataFileException()
    {
        byte[] original = Fixture().ToArray();
        var random = new Random(20220720);
        int failures = 0;
        var clock = Stopwatch.StartNew();

        for (int i = 0; i < 400; i++)
        {
            byte[] mutated = Mutate(original, random);
            try
            {
                PbfReader.Read(new MemoryStream(mutated), SourceName, new RecordingHandler());
            }
            catch (DataFileException e)
            {
                Assert.StartsWith(SourceName, e.Message);
                failures++;
            }
            catch (Exception e)
            {
                Assert.Fail($"mutation {i} threw {e.GetType().Name}: {e.Message}\nfile: {Convert.ToHexString(mutated)}");
            }
        }

        Assert.InRange(failures, 100, 399); // most mutations break the file, some land in skippable or value bytes
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"fuzz loop took {clock.Elapsed}");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        byte[] file = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0: // flip a few bytes
                for (int n = random.Next(1, 4); n > 0; n--) file[random.Next(file.Length)] ^= (byte)random.Next(1, 256);
                return file;
            case 1: // cut anywhere
                return file[..random.Next(file.Length)];
            case 2: // overwrite a run with noise
                int start = random.Next(file.Length);
                random.NextBytes(file.AsSpan(start, Math.Min(random.Next(1, 16), file.Length - start)));
                return file;
            default: // insert noise
                int at = random.Next(file.Length);
                byte[] noise = new byte[random.Next(1, 8)];
                random.NextBytes(noise);
                return [.. file[..at], .. noise, .. file[at..]];
        }
    }

    /// <summary>The zlib_data bytes of a Blob written by <see cref="PbfTestWriter.ZlibBlob"/>.</summary>
    private static byte[] ZlibPayload(byte[] zlibBlob)
    {
        var input = new Google.Protobuf.CodedInputStream(zlibBlob);
        while (input.ReadTag() is var tag and not 0)
        {
            if (tag == (3 << 3 | 2)) return input.ReadBytes().ToByteArray();
            input.SkipLastField();
        }
        throw new InvalidOperationException("no zlib_data in the blob");
    }
}
