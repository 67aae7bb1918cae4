using Npgsql;
using NpgsqlTypes;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Storage;

/// <summary>
/// Scenarios in a PostgreSQL table, for a deployment where several API instances share saved scenarios. The table is
/// created if missing; bodies are jsonb so they can be queried in SQL. The data source pools connections and is safe to share.
/// </summary>
public sealed class PostgresScenarioStore : IScenarioStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;

    /// <param name="table">Table name; tests use their own so they never touch a deployment's scenarios.</param>
    public PostgresScenarioStore(string connectionString, string table = "scenarios")
    {
        if (table.Length is 0 or > 63 || !table.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            throw new ArgumentException($"table name '{table}' must be lower-case letters, digits and underscores", nameof(table));
        _table = table;
        _dataSource = NpgsqlDataSource.Create(connectionString);
        using var command = _dataSource.CreateCommand($"""
            CREATE TABLE IF NOT EXISTS {_table} (
                id       text PRIMARY KEY,
                body     jsonb NOT NULL,
                saved_at timestamptz NOT NULL
            )
            """);
        command.ExecuteNonQuery();
    }

    public async Task<bool> SaveAsync(SavedScenario scenario, CancellationToken cancellationToken = default)
    {
        // xmax = 0 only on a freshly inserted row: tells insert from update in one statement.
        await using var command = _dataSource.CreateCommand($"""
            INSERT INTO {_table} (id, body, saved_at) VALUES ($1, $2, $3)
            ON CONFLICT (id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at
            RETURNING (xmax = 0)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = scenario.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = ScenarioJson.Serialize(scenario.Scenario), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = scenario.SavedAt.ToUniversalTime() });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<SavedScenario?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT id, body::text, saved_at FROM {_table} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"DELETE FROM {_table} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<SavedScenario>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT id, body::text, saved_at FROM {_table} ORDER BY id COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<SavedScenario>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(Read(reader));
        return list;
    }

    private static SavedScenario Read(NpgsqlDataReader reader) =>
        new(reader.GetString(0), ScenarioJson.Deserialize(reader.GetString(1)), reader.GetFieldValue<DateTimeOffset>(2));

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
