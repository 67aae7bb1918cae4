using Npgsql;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>Runs against the server in <see cref="PostgresFactAttribute.EnvironmentVariable"/>, in a table of its own dropped afterwards.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresScenarioStoreTests : IAsyncLifetime
{
    private readonly string _table = $"scenarios_test_{Guid.NewGuid():N}"[..40];

    [PostgresFact]
    public async Task ASavedScenarioRoundTripsAndSurvivesARestart()
    {
        var savedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
        await using (var store = new PostgresScenarioStore(PostgresFactAttribute.ConnectionString!, _table))
            Assert.True(await store.SaveAsync(new SavedScenario("uppingham", ScenarioSamples.EveryKind, savedAt)));

        await using var reopened = new PostgresScenarioStore(PostgresFactAttribute.ConnectionString!, _table);
        var loaded = await reopened.GetAsync("uppingham");
        Assert.NotNull(loaded);
        Assert.Equal(savedAt, loaded.SavedAt);
        ScenarioSamples.AssertSame(ScenarioSamples.EveryKind, loaded.Scenario);
    }

    [PostgresFact]
    public async Task SavingAgainReplacesAndListingIsInIdOrder()
    {
        await using var store = new PostgresScenarioStore(PostgresFactAttribute.ConnectionString!, _table);
        var first = new Scenario("one", [new RemoveDestination("rmh")]);
        var second = new Scenario("two", [new RemoveDestination("melton")]);
        Assert.True(await store.SaveAsync(new SavedScenario("b", first, DateTimeOffset.UnixEpoch)));
        Assert.True(await store.SaveAsync(new SavedScenario("a", first, DateTimeOffset.UnixEpoch)));
        Assert.False(await store.SaveAsync(new SavedScenario("b", second, DateTimeOffset.UnixEpoch.AddDays(1))));

        var all = await store.ListAsync();
        Assert.Equal(["a", "b"], all.Select(s => s.Id));
        Assert.Equal("two", all[1].Scenario.Name);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(1), all[1].SavedAt);
        Assert.Null(await store.GetAsync("c"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is not { } connectionString) return;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var drop = dataSource.CreateCommand($"DROP TABLE IF EXISTS {_table}");
        await drop.ExecuteNonQueryAsync();
    }
}
