using Npgsql;
using Rutland.Access.Scenarios;
using Rutland.Access.Storage;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>Runs against the server in <see cref="PostgresFactAttribute.EnvironmentVariable"/>, in a table of its own dropped afterwards.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresScenarioStoreTests : IAsyncLifetime
{
    private readonly string _table = $"scenarios_test_{Guid.NewGuid():N}"[..40];

    [PostgresFact]
    public Task ASavedScenarioRoundTripsAndSurvivesARestart() =>
        ScenarioStoreContract.RoundTripsAcrossInstances(() => new PostgresScenarioStore(PostgresFactAttribute.ConnectionString!, _table));

    [PostgresFact]
    public async Task SavingAgainReplacesAndListingIsInIdOrder()
    {
        await using var store = new PostgresScenarioStore(PostgresFactAttribute.ConnectionString!, _table);
        await ScenarioStoreContract.ReplacesAndListsInIdOrder(store);
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
