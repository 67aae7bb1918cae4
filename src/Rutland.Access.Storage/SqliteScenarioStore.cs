using Microsoft.Data.Sqlite;
using Rutland.Access.Scenarios;

namespace Rutland.Access.Storage;

/// <summary>
/// Scenarios in one SQLite file (created with its folder on first use). Each call opens its own connection — pooled
/// by Microsoft.Data.Sqlite — so the store is safe to share; WAL lets readers run while a save commits.
/// </summary>
public sealed class SqliteScenarioStore : IScenarioStore
{
    private readonly string _connectionString;

    public string Path { get; }

    public SqliteScenarioStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS scenarios (
                id       TEXT PRIMARY KEY,
                body     TEXT NOT NULL,
                saved_at TEXT NOT NULL
            );
            """);
    }

    public async Task<bool> SaveAsync(SavedScenario scenario, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction();
        var exists = connection.CreateCommand();
        exists.CommandText = "SELECT 1 FROM scenarios WHERE id = $id";
        exists.Parameters.AddWithValue("$id", scenario.Id);
        bool created = await exists.ExecuteScalarAsync(cancellationToken) is null;

        var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO scenarios (id, body, saved_at) VALUES ($id, $body, $savedAt)
            ON CONFLICT (id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at
            """;
        upsert.Parameters.AddWithValue("$id", scenario.Id);
        upsert.Parameters.AddWithValue("$body", ScenarioJson.Serialize(scenario.Scenario));
        upsert.Parameters.AddWithValue("$savedAt", scenario.SavedAt.UtcDateTime.ToString("O"));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    public async Task<SavedScenario?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT id, body, saved_at FROM scenarios WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM scenarios WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<SavedScenario>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT id, body, saved_at FROM scenarios ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<SavedScenario>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(Read(reader));
        return list;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SavedScenario Read(SqliteDataReader reader) => new(
        reader.GetString(0), ScenarioJson.Deserialize(reader.GetString(1)),
        DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal));
}
