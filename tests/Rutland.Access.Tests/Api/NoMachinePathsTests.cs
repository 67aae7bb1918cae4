using Rutland.Access.Data;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>Answers name data files relative to the data directory or the repository, never by where this machine keeps them.</summary>
[Collection(ApiCollection.Name)]
public class NoMachinePathsTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/travel-times?mode=pt&from=oakham&to=rmh")]
    [InlineData("/api/v1/travel-times?mode=pt&from=oakham&to=rmh&format=geojson")]
    [InlineData("/api/v1/journey?from=oakham&to=rmh&mode=pt")]
    [InlineData("/api/v1/equity/report")]
    public async Task NoAbsolutePathInTheAnswer(string url)
    {
        string body = await _client.GetStringAsync(url);
        foreach (string directory in new[] { DataDirectory.ResolveInputs(null), DataDirectory.ResolveAuthored(null) }.Select(Path.GetFullPath))
        {
            Assert.DoesNotContain(directory.TrimEnd('/'), body);
            Assert.DoesNotContain(Path.GetDirectoryName(directory.TrimEnd('/'))!, body);
        }
    }

    [Fact]
    public async Task FeedsAreNamedByTheirRelativePaths()
    {
        string health = await _client.GetStringAsync("/health");
        Assert.Contains("\"geodata/transit/rutland-modelled\"", health);
        Assert.Contains("\"rail/oakham-schedules-2020-03.mca\"", health);
    }

    [Fact]
    public void NamesAreRelativeToTheirDirectory()
    {
        var names = new DataPathNames("/srv/data/in", "/srv/repo/geodata");
        Assert.Equal("osm/x.pbf", names.Name("/srv/data/in/osm/x.pbf"));
        Assert.Equal("geodata/transit/feed", names.Name("/srv/repo/geodata/transit/feed/"));
        Assert.Equal("bods.zip", names.Name("/elsewhere/bods.zip"));
        Assert.Equal("osm/x.pbf: bad block", names.Scrub("/srv/data/in/osm/x.pbf: bad block"));
        Assert.Equal("geodata/manifest.json: changed", names.Scrub("/srv/repo/geodata/manifest.json: changed"));
    }
}
