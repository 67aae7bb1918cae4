using Rutland.Access.Scenarios;

namespace Rutland.Access.Tests.Scenarios;

public sealed class SqliteScenarioStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rutland-store-").FullName;
    private string File => Path.Combine(_folder, "nested", "scenarios.db");

    [Fact]
    public async Task ASavedScenarioRoundTripsAndSurvivesARestart()
    {
        var savedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
        Assert.True(await new SqliteScenarioStore(File).SaveAsync(new SavedScenario("uppingham", ScenarioSamples.EveryKind, savedAt)));

        // A new store instance on the same file is what a restarted API sees.
        var reopened = new SqliteScenarioStore(File);
        var loaded = await reopened.GetAsync("uppingham");
        Assert.NotNull(loaded);
        Assert.Equal(savedAt, loaded.SavedAt);
        ScenarioSamples.AssertSame(ScenarioSamples.EveryKind, loaded.Scenario);
        Assert.IsType<AddTransitRoute>(loaded.Scenario.Modifications[2]);
    }

    [Fact]
    public async Task SavingAgainReplacesAndListingIsInIdOrder()
    {
        var store = new SqliteScenarioStore(File);
        var first = new Scenario("one", [new RemoveDestination("rmh")]);
        var second = new Scenario("two", [new RemoveDestination("melton")]);
        Assert.True(await store.SaveAsync(new SavedScenario("b", first, DateTimeOffset.UnixEpoch)));
        Assert.True(await store.SaveAsync(new SavedScenario("a", first, DateTimeOffset.UnixEpoch)));
        Assert.False(await store.SaveAsync(new SavedScenario("b", second, DateTimeOffset.UnixEpoch.AddDays(1))));

        var all = await store.ListAsync();
        Assert.Equal(["a", "b"], all.Select(s => s.Id));
        Assert.Equal("two", all[1].Scenario.Name);
        Assert.Null(await store.GetAsync("c"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
