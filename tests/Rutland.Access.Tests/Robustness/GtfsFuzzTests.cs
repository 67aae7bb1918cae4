using System.IO.Compression;
using System.Text;
using Rutland.Access.Tests.Support;
using Rutland.Access.Transit.Gtfs;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// The GTFS reader on damaged copies of tests/fixtures/gtfs/rules (every file the reader knows): a truncated or
/// corrupted zip, random damage to each .txt file of a folder feed, and headers whose columns are wrong.
/// </summary>
public sealed class GtfsFuzzTests : IDisposable
{
    private static readonly string Fixture = TestData.Fixture("gtfs", "rules");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Files() => new(Directory.GetFiles(Fixture).Select(Path.GetFileName).Order()!);

    [Fact]
    public void DamagedZip()
    {
        string zipped = _temp.File("source.zip");
        ZipFile.CreateFromDirectory(Fixture, zipped);
        string feed = _temp.File("feed.zip");
        foreach (var (what, bytes) in Mutations.Of(File.ReadAllBytes(zipped), FuzzBudget.Seed, FuzzBudget.MutationsPerFile * 2))
        {
            File.WriteAllBytes(feed, bytes);
            ReaderOutcome.SucceedsOrNamesFile(() => GtfsReader.Read(feed), feed, $"feed.zip {what}");
        }
    }

    [Theory, MemberData(nameof(Files))]
    public void DamagedFile(string file)
    {
        string feed = CopyFeed();
        foreach (var (what, bytes) in Mutations.Of(File.ReadAllBytes(Path.Combine(Fixture, file)), FuzzBudget.Seed, FuzzBudget.MutationsPerFile))
        {
            File.WriteAllBytes(Path.Combine(feed, file), bytes);
            ReaderOutcome.SucceedsOrNamesFile(() => GtfsReader.Read(feed), feed, $"{file} {what}");
        }
    }

    [Theory, MemberData(nameof(Files))]
    public void WrongColumns(string file)
    {
        string feed = CopyFeed();
        var lines = File.ReadAllText(Path.Combine(Fixture, file)).Split('\n');
        var header = lines[0].TrimEnd('\r').Split(',');
        var random = new Random(FuzzBudget.Seed);
        var headers = new List<(string What, string[] Columns)>
        {
            ("header reversed", header.Reverse().ToArray()),
            ("header shuffled", header.OrderBy(_ => random.Next()).ToArray()),
            ("last column missing from the header", header[..^1]),
            ("an extra column in the header", [.. header, "extra"]),
        };
        for (int i = 0; i < header.Length; i++)
            headers.Add(($"column '{header[i]}' renamed", header.Select((h, k) => k == i ? h + "_x" : h).ToArray()));
        foreach (var (what, columns) in headers)
        {
            File.WriteAllText(Path.Combine(feed, file), string.Join(',', columns) + "\n" + string.Join('\n', lines[1..]), Encoding.UTF8);
            ReaderOutcome.SucceedsOrNamesFile(() => GtfsReader.Read(feed), feed, $"{file} {what}");
        }
    }

    private string CopyFeed()
    {
        string feed = Directory.CreateDirectory(_temp.File("feed")).FullName;
        foreach (string f in Directory.GetFiles(Fixture)) File.Copy(f, Path.Combine(feed, Path.GetFileName(f)), overwrite: true);
        return feed;
    }
}
