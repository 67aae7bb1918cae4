using Rutland.Access.Data;
using Rutland.Access.Scenarios;
using Rutland.Access.Storage;

namespace Rutland.Access.Api.Http;

/// <summary>
/// Chooses the scenario store from configuration: <c>Scenarios:Postgres</c> (a connection string) for a shared
/// deployment, otherwise SQLite at <c>Scenarios:SqlitePath</c>, by default <c>artifacts/scenarios.db</c> in the
/// repository (git-ignored) or under the app's content root when run outside it.
/// </summary>
public static class ScenarioStoreOptions
{
    public const string DefaultSqliteFile = "artifacts/scenarios.db";

    public static IScenarioStore Create(IConfiguration configuration, string contentRoot)
    {
        if (configuration["Scenarios:Postgres"] is { Length: > 0 } postgres) return new PostgresScenarioStore(postgres);
        string path = configuration["Scenarios:SqlitePath"]
                      ?? Path.Combine(DataDirectory.RepositoryRoot() ?? contentRoot, DefaultSqliteFile);
        return new SqliteScenarioStore(path);
    }
}
